import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductCards } from "../../../../lib/product-cards"
import type { StoreProductCardsType } from "./validators"

/**
 * GET /store/ocop/product-cards?id=a,b,…&region_id=&country_code=
 * → { products: [{ id, handle, title, subtitle, thumbnail, metadata, created_at, categories: [{ id, handle }],
 *     variants: [{ id, title, sku, metadata, manage_inventory, allow_backorder, inventory_quantity, calculated_price }] }] }
 *
 * The cards of some products (a page's listing, a cart's lines), in the order asked: those published
 * in one of the key's sales channels, with prices and stock as /store/products gives them (see
 * loadProductCards). Not cached: a cart checks its lines' stock with it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as unknown as StoreProductCardsType
  const salesChannelIds =
    (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context
      ?.sales_channel_ids ?? []
  const products = await loadProductCards(req.scope, {
    ids: query.id,
    salesChannelIds,
    regionId: query.region_id,
    countryCode: query.country_code,
  })
  res.set("Cache-Control", "no-store")
  res.json({ products })
}
