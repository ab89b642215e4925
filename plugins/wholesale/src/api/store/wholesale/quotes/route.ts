import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteRequester, quoteViewer } from "../../../../lib/distributor-customer"
import { listOwnQuotes, presentQuotes } from "../../../../lib/quote-view"
import { requestQuotesWorkflow } from "../../../../workflows/quote/workflows/request-quotes"

/** GET /store/wholesale/quotes?status= → { quotes } the signed-in member's company asked for, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const quotes = await listOwnQuotes(req.scope, await quoteViewer(req), status)
  res.json({ quotes: await presentQuotes(req.scope, quotes, "distributor") })
}

/**
 * POST /store/wholesale/quotes {lines: [{variant_id, quantity}], message?} → 201 { quotes }: one
 * quote per line, to that product's seller. Buyers and approvers of verified distributors only (403 otherwise).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<{ lines: { variant_id: string; quantity: number }[]; message?: string }>,
  res: MedusaResponse,
) => {
  const requester = await quoteRequester(req)
  const { result } = await requestQuotesWorkflow(req.scope).run({
    input: { ...requester, lines: req.validatedBody.lines, message: req.validatedBody.message ?? null },
  })
  const created = await listOwnQuotes(req.scope, { company_id: requester.company_id })
  const ids = new Set((result as { id: string }[]).map((quote) => quote.id))
  res.status(201).json({
    quotes: await presentQuotes(
      req.scope,
      created.filter((quote) => ids.has(quote.id)),
      "distributor",
    ),
  })
}
