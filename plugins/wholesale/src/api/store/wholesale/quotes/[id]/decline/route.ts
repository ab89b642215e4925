import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteRequester, quoteViewer } from "../../../../../../lib/distributor-customer"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { declineQuoteWorkflow } from "../../../../../../workflows/quote/workflows/decline-quote"

/**
 * POST /store/wholesale/quotes/:id/decline → { quote }: a buyer or approver of a verified company
 * declines the company's quote (another's → 404).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const owner = await quoteViewer(req)
  const quote = await ownQuote(req.scope, owner, req.params.id)
  await quoteRequester(req)
  await declineQuoteWorkflow(req.scope).run({ input: { id: quote.id } })
  res.json({ quote: await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "distributor") })
}
