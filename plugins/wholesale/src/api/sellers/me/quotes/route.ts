import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { listOwnQuotes, presentQuotes } from "../../../../lib/quote-view"

/** GET /sellers/me/quotes?status= → { quotes } distributors asked this seller for, newest first. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const quotes = await listOwnQuotes(req.scope, { seller_id: req.member.seller_id }, status)
  res.json({ quotes: await presentQuotes(req.scope, quotes) })
}
