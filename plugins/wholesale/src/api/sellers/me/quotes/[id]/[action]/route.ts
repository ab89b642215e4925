import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { notFound } from "@ocop/plugin-ocop/errors"
import { ownQuote, presentQuote } from "../../../../../../lib/quote-view"
import { answerQuoteWorkflow } from "../../../../../../workflows/quote/workflows/answer-quote"
import { postQuoteMessageWorkflow } from "../../../../../../workflows/quote/workflows/post-quote-message"

type Body = { unit_price?: number; valid_until?: string; delivery_date?: string; note?: string; body?: string }

/**
 * POST /sellers/me/quotes/:id/answer {unit_price, valid_until, delivery_date?, note?} → { quote } (again to renew
 * an answer or an expired quote); …/messages {body} → { quote }. Another seller's quote → 404.
 */
export const POST = async (req: SellerRequest<Body>, res: MedusaResponse) => {
  const action = req.params.action
  if (!["answer", "messages"].includes(action)) throw notFound(`no quote action "${action}"`)
  const sellerId = req.member.seller_id
  const quote = await ownQuote(req.scope, { seller_id: sellerId }, req.params.id)
  const body = req.validatedBody
  if (action === "answer") {
    await answerQuoteWorkflow(req.scope).run({
      input: {
        id: quote.id,
        unit_price: body.unit_price!,
        valid_until: body.valid_until!,
        delivery_date: body.delivery_date ?? null,
        note: body.note ?? null,
      },
    })
  } else {
    await postQuoteMessageWorkflow(req.scope).run({
      input: { quote_id: quote.id, author: "seller", author_id: req.member.id, body: body.body! },
    })
  }
  res.json({
    quote: await presentQuote(req.scope, await ownQuote(req.scope, { seller_id: sellerId }, quote.id), "seller"),
  })
}
