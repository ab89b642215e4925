import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteViewer } from "../../../../../lib/distributor-customer"
import { ownQuote, presentQuote } from "../../../../../lib/quote-view"

/** GET /store/wholesale/quotes/:id → { quote } with its messages; another company's quote → 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await ownQuote(req.scope, await quoteViewer(req), req.params.id)
  res.json({ quote: await presentQuote(req.scope, quote, "distributor") })
}
