import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_EVENTS } from "../../../constants"
import { createReviewStep } from "../steps/create-review"
import { recountRatingSummaryStep } from "../steps/recount-rating-summary"
import { resolveReviewableLineStep } from "../steps/resolve-reviewable-line"
import { storeReviewPhotosStep, type ReviewPhotoUpload } from "../steps/store-review-photos"

export interface CreateReviewWorkflowInput {
  customer_id: string
  author_name: string | null
  line_item_id: string
  rating: number
  title?: string | null
  text?: string | null
  photos: ReviewPhotoUpload[]
}

/**
 * A buyer reviews one delivered line of their own order: the line is checked (theirs, delivered,
 * not yet reviewed), the photos are checked and stored, the review is written and the product's
 * rating summary recounted. A failure at any step undoes the ones before (files, review, summary).
 */
export const createReviewWorkflow = createWorkflow("reviews-create-review", (input: CreateReviewWorkflowInput) => {
  const line = resolveReviewableLineStep({ customer_id: input.customer_id, line_item_id: input.line_item_id })
  const photos = storeReviewPhotosStep({ photos: input.photos })
  const review = createReviewStep(
    transform({ input, line, photos }, ({ input, line, photos }) => ({
      line_item_id: line.line_item_id,
      order_id: line.order_id,
      product_id: line.product_id,
      seller_id: line.seller_id,
      customer_id: input.customer_id,
      author_name: input.author_name,
      rating: input.rating,
      title: input.title ?? null,
      text: input.text ?? null,
      photos: photos as unknown as Record<string, unknown>[],
    })),
  )
  recountRatingSummaryStep({ product_id: line.product_id })
  emitEventStep({
    eventName: REVIEW_EVENTS.ratingChanged,
    data: { product_id: line.product_id },
  }).config({ name: "reviews-emit-rating-changed" })
  return new WorkflowResponse(review)
})
