import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentSellerReview } from "../../../../lib/present"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../modules/review"
import { productTitles } from "../../../../lib/product-titles"

/**
 * GET /sellers/me/reviews?replied=&limit=&offset=&order= → { reviews (each with product { id, title,
 * handle }), count, limit, offset }: reviews of this seller's products only, hidden ones included
 * (with their standing), newest first.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { replied } = req.validatedQuery as { replied?: boolean }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const filters: Record<string, unknown> = { seller_id: req.member.seller_id }
  if (replied !== undefined) filters.reply_text = replied ? { $ne: null } : null
  const [reviews, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(filters as any, page)
  const titles = await productTitles(
    req.scope,
    reviews.map((review) => review.product_id),
  )
  res.json({
    reviews: reviews.map((review) => ({
      ...presentSellerReview(review),
      product: titles.get(review.product_id) ?? null,
    })),
    count,
    limit: page.take,
    offset: page.skip,
  })
}
