import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { answerQuoteWorkflow } from "../../../../../../workflows/quote/workflows/answer-quote"

type Body = { unit_price: number; valid_until: string; delivery_date?: string | null; note?: string | null }

/**
 * POST /sellers/me/quotes/:id/answer {unit_price, valid_until, delivery_date?, note?} → { quote }; again
 * to renew an answer or an expired quote. Another seller's quote → 404.
 */
export const POST = async (req: SellerRequest<Body>, res: MedusaResponse) => {
  const owner = { seller_id: req.member.seller_id }
  const quote = await ownQuote(req.scope, owner, req.params.id)
  const { unit_price, valid_until, delivery_date, note } = req.validatedBody
  await answerQuoteWorkflow(req.scope).run({
    input: { id: quote.id, unit_price, valid_until, delivery_date: delivery_date ?? null, note: note ?? null },
  })
  res.json({ quote: await presentQuote(req.scope, await ownQuote(req.scope, owner, quote.id), "seller") })
}
