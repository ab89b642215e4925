import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@ocop/plugin-ocop/errors"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

/**
 * The review as the one acting may reach it: its author (customer_id), the seller of its product
 * (seller_id), or the operator (neither). Another's review looks like an unknown one (404).
 */
export const findReviewStep = createStep(
  "reviews-find-review",
  async (input: { id: string; customer_id?: string; seller_id?: string }, { container }) => {
    const filters: Record<string, string> = { id: input.id }
    if (input.customer_id) filters.customer_id = input.customer_id
    if (input.seller_id) filters.seller_id = input.seller_id
    const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews(filters, { take: 1 })
    if (!review) throw notFound(`review ${input.id} not found`)
    return new StepResponse(review as Record<string, any>)
  },
)
