import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerReturn, presentForSeller } from "../../../../../../lib/returns/present"
import { decideSellerReturnWorkflow } from "../../../../../../workflows/returns/workflows/decide-seller-return"

/** POST /sellers/me/returns/:id/accept { instructions } → { return }: the seller accepts with instructions for sending the goods back */
export const POST = async (req: SellerRequest<{ instructions: string }>, res: MedusaResponse) => {
  const row = await ownSellerReturn(req.scope, req.member.seller_id, req.params.id)
  const { result } = await decideSellerReturnWorkflow(req.scope).run({
    input: { id: row.id, by: "seller", decision: "accept", instructions: req.validatedBody.instructions },
  })
  const [presented] = await presentForSeller(req.scope, [result])
  res.json({ return: presented })
}
