import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../../../lib/customers"
import { presentOwnReview } from "../../../../../lib/present"
import { deliveredLines, REVIEWABLE_LIMIT } from "../../../../../lib/reviewable-lines"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"

/**
 * GET /store/customers/me/reviews → { lines, reviews }: the signed-in customer's delivered lines
 * (each with `review_id` once reviewed; at most 50, newest first) and their own reviews with their
 * standing (a hidden one says why).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer = await signedInCustomer(req)
  const [lines, reviews] = await Promise.all([
    deliveredLines(req.scope, customer.id),
    req.scope
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({ customer_id: customer.id }, { order: { created_at: "DESC", id: "DESC" }, take: REVIEWABLE_LIMIT }),
  ])
  res.json({
    lines: lines.map((line) => ({
      line_item_id: line.line_item_id,
      order_id: line.order_id,
      order_display_id: line.order_display_id,
      product_id: line.product_id,
      product_title: line.product_title,
      product_handle: line.product_handle,
      variant_title: line.variant_title,
      thumbnail: line.thumbnail,
      review_id: line.review_id,
    })),
    reviews: reviews.map(presentOwnReview),
  })
}
