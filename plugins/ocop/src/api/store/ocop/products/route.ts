import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreOcopProducts, type StoreOcopQuery } from "../../../../lib/store-listing"

/**
 * GET /store/ocop/products?id=&stars=&product_group=&province=&limit=&offset=
 * → { products: [{ id, title, subtitle, handle, thumbnail, ocop: { stars, product_group, subgroup,
 *     province, producer, decision_number, authority, valid_until } }], count, limit, offset }
 *
 * The same for every buyer (no prices, no customer data): shared caches (a CDN, the storefront's
 * fetch cache) may keep a page for 30 s and serve it stale for a minute more while refreshing.
 * A certificate revoked or expired drops out within that window at most.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const body = await listStoreOcopProducts(req.scope, req.validatedQuery as unknown as StoreOcopQuery, salesChannelIds)
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.set("Vary", "x-publishable-api-key")
  res.json(body)
}
