import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_EVENTS } from "../../../constants"
import { findReviewStep } from "../steps/find-review"
import { productOfReviewStep } from "../steps/product-of-review"
import { recountRatingSummaryStep } from "../steps/recount-rating-summary"
import { updateReviewStep } from "../steps/update-review"

export type ModerateReviewInput = { id: string; hidden: true; reason: string } | { id: string; hidden: false }

/**
 * The operator hides a review with a reason (it leaves the product's page and its average; the
 * author is told with `review.hidden`), or shows it again.
 */
export const moderateReviewWorkflow = createWorkflow("reviews-moderate-review", (input: ModerateReviewInput) => {
  const found = findReviewStep({ id: input.id })
  const review = updateReviewStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      changes: input.hidden
        ? { status: "hidden" as const, hidden_reason: input.reason, hidden_at: new Date() }
        : { status: "visible" as const, hidden_reason: null, hidden_at: null },
    })),
  )
  const rated = transform({ found }, ({ found }) => ({ product_id: found.product_id as string }))
  recountRatingSummaryStep(rated)
  emitEventStep({
    eventName: REVIEW_EVENTS.ratingChanged,
    data: rated,
  }).config({ name: "reviews-emit-rating-changed" })
  when({ input, found }, ({ input, found }) => input.hidden && found.status !== "hidden").then(() => {
    const product = productOfReviewStep(
      transform({ found }, ({ found }) => ({ product_id: found.product_id as string })),
    )
    emitEventStep({
      eventName: REVIEW_EVENTS.hidden,
      data: transform({ found, product, input }, ({ found, product, input }) => ({
        id: found.id,
        customer_id: found.customer_id,
        product_title: product.title,
        reason: (input as { reason: string }).reason,
      })),
    })
  })
  return new WorkflowResponse(review)
})
