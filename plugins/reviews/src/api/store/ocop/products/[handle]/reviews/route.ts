import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { listProductReviews, type ReviewSort } from "../../../../../../lib/product-reviews"
import { ratingSummaries, EMPTY_SUMMARY } from "../../../../../../lib/rating-summaries"

/**
 * GET /store/ocop/products/:handle/reviews?sort=newest|highest|lowest&limit=&offset=
 * → { summary: { average, count, histogram: { 1..5 } }, reviews, count, limit, offset, sort }
 * A published product's visible reviews (hidden ones are gone, from the list and the average).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [product] = await req.scope
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: req.params.handle, status: "published" }, { select: ["id"], take: 1 })
  if (!product) throw notFound(`No product "${req.params.handle}" is on sale on this marketplace`)
  const { sort } = req.validatedQuery as { sort: ReviewSort }
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  const summary = (await ratingSummaries(req.scope, [product.id])).get(product.id) ?? EMPTY_SUMMARY
  const page = await listProductReviews(req.scope, product.id, { sort, limit: take, offset: skip })
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.json({ summary, ...page, limit: take, offset: skip, sort })
}
