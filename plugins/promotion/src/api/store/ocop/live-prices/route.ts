import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { livePricesByPromotion } from "../../../../lib/live-sessions"
import type { StoreLivePricesType } from "./validators"

/**
 * GET /store/ocop/live-prices?promotion_id=a,b,…
 * → { live_prices: [{ promotion_id, product_id, event: { id, handle, title, starts_at, ends_at } }] }
 *
 * Which of a cart's promotions (its lines' adjustments) are live session prices, and until when:
 * the cart and checkout label those lines. Public facts (the session page shows the same prices);
 * promotions that are not session prices are left out.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as unknown as StoreLivePricesType
  res.json({ live_prices: await livePricesByPromotion(req.scope, query.promotion_id) })
}
