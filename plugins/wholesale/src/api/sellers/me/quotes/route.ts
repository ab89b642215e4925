import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listOwnQuotes, presentQuotes } from "../../../../lib/quote-view"

/**
 * GET /sellers/me/quotes?status=&limit=&offset=&order= → { quotes, count, limit, offset }: a page of the
 * quotes distributors asked this seller for, newest first.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [quotes, count] = await listOwnQuotes(req.scope, { seller_id: req.member.seller_id }, { status }, page)
  res.json({ quotes: await presentQuotes(req.scope, quotes, "seller"), count, limit: page.take, offset: page.skip })
}
