import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentAdminReview } from "../../../../lib/present"
import { productTitles } from "../../../../lib/product-titles"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../modules/review"

/**
 * GET /admin/ocop/reviews?status=visible|hidden&product_id=&seller_id=&limit=&offset=&order=
 * → { reviews (each with product { id, title, handle }), count, limit, offset }, newest first.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const filters = Object.fromEntries(
    Object.entries(req.validatedQuery as Record<string, unknown>).filter(
      ([key, value]) => ["status", "product_id", "seller_id"].includes(key) && value !== undefined,
    ),
  )
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [reviews, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(filters, page)
  const titles = await productTitles(
    req.scope,
    reviews.map((review) => review.product_id),
  )
  res.json({
    reviews: reviews.map((review) => ({
      ...presentAdminReview(review),
      product: titles.get(review.product_id) ?? null,
    })),
    count,
    limit: page.take,
    offset: page.skip,
  })
}
