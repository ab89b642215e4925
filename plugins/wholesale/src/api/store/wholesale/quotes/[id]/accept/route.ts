import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteRequester, quoteViewer } from "../../../../../../lib/distributor-customer"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quote/workflows/accept-quote"

/**
 * POST /store/wholesale/quotes/:id/accept → { quote, cart_id }: a cart at the quoted price, the
 * accepting member's (400 past the quote's date, nothing created). A buyer or approver of a verified
 * company, for the company's own quotes only (another's → 404).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const owner = await quoteViewer(req)
  const quote = await ownQuote(req.scope, owner, req.params.id)
  await quoteRequester(req)
  const { result } = await acceptQuoteWorkflow(req.scope).run({
    input: {
      id: quote.id,
      customer_id: req.auth_context.actor_id,
      sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
    },
  })
  const view = await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "distributor")
  res.json({ quote: view, cart_id: result.cart_id })
}
