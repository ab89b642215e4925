import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { quoteRequester, quoteViewer } from "../../../../lib/distributor-customer"
import { listOwnQuotes, presentQuotes } from "../../../../lib/quote-view"
import { requestQuotesWorkflow } from "../../../../workflows/quote/workflows/request-quotes"

/**
 * GET /store/wholesale/quotes?status=&limit=&offset=&order= → { quotes, count, limit, offset }: a page of
 * the quotes the signed-in member's company asked for, newest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [quotes, count] = await listOwnQuotes(req.scope, await quoteViewer(req), { status }, page)
  res.json({
    quotes: await presentQuotes(req.scope, quotes, "distributor"),
    count,
    limit: page.take,
    offset: page.skip,
  })
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
  const ids = (result as { id: string }[]).map((quote) => quote.id)
  const [created] = await listOwnQuotes(
    req.scope,
    { company_id: requester.company_id },
    { id: ids },
    { skip: 0, take: ids.length, order: { created_at: "DESC", id: "DESC" } },
  )
  res.status(201).json({ quotes: await presentQuotes(req.scope, created, "distributor") })
}
