import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../lib/current-member"
import { ownSellerReturn, presentForSeller } from "../../../../../lib/returns/present"

/** GET /sellers/me/returns/:id → { return } (404 for another seller's) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const [presented] = await presentForSeller(req.scope, [
    await ownSellerReturn(req.scope, req.member.seller_id, req.params.id),
  ])
  res.json({ return: presented })
}
