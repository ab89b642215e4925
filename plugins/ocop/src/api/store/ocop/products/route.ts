import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreOcopProducts, type StoreOcopQuery } from "../../../../lib/store-listing"

/**
 * GET /store/ocop/products?stars=&product_group=&province=&limit=&offset=
 * → { products: [{ id, title, subtitle, handle, thumbnail, ocop: { stars, product_group, subgroup,
 *     province, producer, decision_number, authority, valid_until } }], count, limit, offset }
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  res.json(await listStoreOcopProducts(req.scope, req.validatedQuery as unknown as StoreOcopQuery, salesChannelIds))
}
