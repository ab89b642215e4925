import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ratingSummaries } from "./rating-summaries"

/**
 * Middleware for the store's product listing (`GET /store/ocop/products`, plugin-ocop) and the
 * product cards every page reads by id (`GET /store/ocop/product-cards`, plugin-promotion: campaign,
 * event, cart): each product gets `rating: { average, count } | null` from the kept summaries, in
 * one indexed statement for the page. Those plugins know nothing of reviews (this plugin builds on
 * them), so their answers are completed here rather than there.
 */
export function attachProductRatings(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    const products: { id: string; rating?: unknown }[] | undefined = body?.products
    if (res.statusCode >= 400 || !Array.isArray(products) || !products.length) return json(body)
    ratingSummaries(
      req.scope,
      products.map((product) => product.id),
    )
      .then((summaries) => {
        for (const product of products) {
          const summary = summaries.get(product.id)
          product.rating = summary?.count ? { average: summary.average, count: summary.count } : null
        }
        json(body)
      })
      .catch(next)
    return res
  }) as typeof res.json
  next()
}
