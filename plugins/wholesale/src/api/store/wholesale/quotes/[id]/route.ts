import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownQuote, presentQuote } from "../../../../../lib/quote-view"

/** GET /store/wholesale/quotes/:id → { quote } with its messages; another customer's quote → 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await ownQuote(req.scope, { customer_id: req.auth_context.actor_id }, req.params.id)
  res.json({ quote: await presentQuote(req.scope, quote) })
}
