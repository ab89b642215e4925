import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/workflows/post-quote-message"

/** POST /sellers/me/quotes/:id/messages {body} → { quote }: the seller writes to the distributor (another seller's quote → 404). */
export const POST = async (req: SellerRequest<{ body: string }>, res: MedusaResponse) => {
  const owner = { seller_id: req.member.seller_id }
  const quote = await ownQuote(req.scope, owner, req.params.id)
  await postQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: quote.id, author: "seller", author_id: req.member.id, body: req.validatedBody.body },
  })
  res.json({ quote: await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "seller") })
}
