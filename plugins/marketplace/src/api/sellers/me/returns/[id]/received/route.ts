import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerReturn, presentForSeller } from "../../../../../../lib/returns/present"
import { receiveReturn } from "../../../../../../lib/returns/receive"

/** POST /sellers/me/returns/:id/received → { return }: the goods came back; stock restored and the refund recorded */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const row = await ownSellerReturn(req.scope, req.member.seller_id, req.params.id)
  const result = await receiveReturn(req.scope, { id: row.id, by: "seller", actor_id: req.member.id })
  const [presented] = await presentForSeller(req.scope, [result])
  res.json({ return: presented })
}
