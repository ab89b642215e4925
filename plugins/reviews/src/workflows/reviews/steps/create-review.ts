import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export interface CreateReviewInput {
  line_item_id: string
  order_id: string
  product_id: string
  seller_id: string
  customer_id: string
  author_name: string | null
  rating: number
  title: string | null
  text: string | null
  photos: Record<string, unknown>[]
}

/** Writes the review (visible); compensation removes it. The unique line index stops a second one. */
export const createReviewStep = createStep(
  "reviews-create-review",
  async (input: CreateReviewInput, { container }) => {
    const review = await container.resolve<ReviewModuleService>(REVIEW_MODULE).createReviews(input as any)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteReviews(id)
  },
)
