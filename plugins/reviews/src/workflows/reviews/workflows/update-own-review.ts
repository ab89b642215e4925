import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_EVENTS } from "../../../constants"
import { findReviewStep } from "../steps/find-review"
import { recountRatingSummaryStep } from "../steps/recount-rating-summary"
import { updateReviewStep } from "../steps/update-review"

export interface UpdateOwnReviewInput {
  id: string
  customer_id: string
  rating?: number
  title?: string | null
  text?: string | null
}

/**
 * The author edits their own review (rating, title, text). Nobody else can: another customer's
 * review is not found. The standing is not theirs to change: a hidden review stays hidden.
 */
export const updateOwnReviewWorkflow = createWorkflow("reviews-update-own-review", (input: UpdateOwnReviewInput) => {
  const found = findReviewStep({ id: input.id, customer_id: input.customer_id })
  const changes = transform({ input }, ({ input }) => {
    const { rating, title, text } = input
    return Object.fromEntries(Object.entries({ rating, title, text }).filter(([, value]) => value !== undefined)) as {
      rating?: number
      title?: string | null
      text?: string | null
    }
  })
  const review = updateReviewStep({ id: input.id, changes })
  const rated = transform({ found }, ({ found }) => ({ product_id: found.product_id as string }))
  recountRatingSummaryStep(rated)
  emitEventStep({
    eventName: REVIEW_EVENTS.ratingChanged,
    data: rated,
  }).config({ name: "reviews-emit-rating-changed" })
  return new WorkflowResponse(review)
})
