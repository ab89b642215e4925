import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderReturn, presentForBuyer } from "../../../../../../../../lib/returns/present"
import { escalateSellerReturnWorkflow } from "../../../../../../../../workflows/returns/workflows/escalate-seller-return"

/** POST /store/ocop/orders/:id/returns/:return_id/escalate { note } → { return }: the admin decides on the seller's refusal */
export const POST = async (req: AuthenticatedMedusaRequest<{ note: string }>, res: MedusaResponse) => {
  const row = await orderReturn(req.scope, req.params.id, req.params.return_id)
  const { result } = await escalateSellerReturnWorkflow(req.scope).run({
    input: { id: row.id, note: req.validatedBody.note },
  })
  const [presented] = await presentForBuyer(req.scope, [result])
  res.json({ return: presented })
}
