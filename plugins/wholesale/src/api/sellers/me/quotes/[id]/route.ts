import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownQuote, presentQuote } from "../../../../../lib/quote-view"

/** GET /sellers/me/quotes/:id → { quote } with its messages; another seller's quote → 404. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const quote = await ownQuote(req.scope, { seller_id: req.member.seller_id }, req.params.id)
  res.json({ quote: await presentQuote(req.scope, quote) })
}
