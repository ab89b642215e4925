import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../lib/current-member"
import { payoutRange, payoutStatement } from "../../../../lib/payout-statement"

/** GET /sellers/me/payouts?period=YYYY-MM | from=&to= → { from, to, lines, totals } (integer VND) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const range = payoutRange(req.validatedQuery as { period?: string; from?: string; to?: string })
  res.json(await payoutStatement(req.scope, req.member.seller_id, range))
}
