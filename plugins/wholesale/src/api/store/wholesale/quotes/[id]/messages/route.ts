import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteViewer } from "../../../../../../lib/distributor-customer"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/workflows/post-quote-message"

/** POST /store/wholesale/quotes/:id/messages {body} → { quote }: any member of the company writes to the seller (another company's quote → 404). */
export const POST = async (req: AuthenticatedMedusaRequest<{ body: string }>, res: MedusaResponse) => {
  const owner = await quoteViewer(req)
  const quote = await ownQuote(req.scope, owner, req.params.id)
  await postQuoteMessageWorkflow(req.scope).run({
    input: {
      quote_id: quote.id,
      author: "distributor",
      author_id: req.auth_context.actor_id,
      body: req.validatedBody.body,
    },
  })
  res.json({ quote: await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "distributor") })
}
