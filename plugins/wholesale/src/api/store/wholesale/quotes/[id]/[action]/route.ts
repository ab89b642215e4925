import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { quoteRequester, quoteViewer } from "../../../../../../lib/distributor-customer"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quote/workflows/accept-quote"
import { declineQuoteWorkflow } from "../../../../../../workflows/quote/workflows/decline-quote"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/workflows/post-quote-message"

/**
 * POST /store/wholesale/quotes/:id/accept → { quote, cart_id }: a cart at the quoted price (400 past
 * the quote's date, nothing created); …/decline → { quote }; …/messages {body} → { quote }.
 * The member's company's quotes only (another's → 404); the cart is the accepting member's.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ body?: string }>, res: MedusaResponse) => {
  const action = req.params.action
  if (!["accept", "decline", "messages"].includes(action)) throw notFound(`no quote action "${action}"`)
  const customerId = req.auth_context.actor_id
  const owner = await quoteViewer(req)
  const quote = await ownQuote(req.scope, owner, req.params.id)
  // Any member writes messages; deciding needs a buyer or approver of a verified company
  if (action !== "messages") await quoteRequester(req)
  let cartId: string | undefined
  if (action === "accept") {
    const { result } = await acceptQuoteWorkflow(req.scope).run({
      input: {
        id: quote.id,
        customer_id: customerId,
        sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
      },
    })
    cartId = result.cart_id
  } else if (action === "decline") {
    await declineQuoteWorkflow(req.scope).run({ input: { id: quote.id } })
  } else {
    await postQuoteMessageWorkflow(req.scope).run({
      input: { quote_id: quote.id, author: "distributor", author_id: customerId, body: req.validatedBody.body! },
    })
  }
  const view = await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "distributor")
  res.json(cartId ? { quote: view, cart_id: cartId } : { quote: view })
}
