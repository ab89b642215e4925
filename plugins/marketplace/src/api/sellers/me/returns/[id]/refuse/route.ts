import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerReturn, presentForSeller } from "../../../../../../lib/returns/present"
import { decideSellerReturnWorkflow } from "../../../../../../workflows/returns/workflows/decide-seller-return"

/** POST /sellers/me/returns/:id/refuse { reason } → { return }: the seller refuses with a reason (the buyer may escalate) */
export const POST = async (req: SellerRequest<{ reason: string }>, res: MedusaResponse) => {
  const row = await ownSellerReturn(req.scope, req.member.seller_id, req.params.id)
  const { result } = await decideSellerReturnWorkflow(req.scope).run({
    input: { id: row.id, by: "seller", decision: "refuse", reason: req.validatedBody.reason },
  })
  const [presented] = await presentForSeller(req.scope, [result])
  res.json({ return: presented })
}
