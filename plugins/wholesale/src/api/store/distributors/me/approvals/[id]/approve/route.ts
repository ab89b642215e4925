import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentApproval } from "../../../../../../../lib/present"
import { approveOrderWorkflow } from "../../../../../../../workflows/approval/workflows/approve-order"
import { approvalToDecide } from "../approval"

/** POST /store/distributors/me/approvals/:id/approve → { approval } (placed, with order_id): the approver places the buyer's order. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { approval, member } = await approvalToDecide(req)
  const { result } = await approveOrderWorkflow(req.scope).run({
    input: { approval_id: approval.id, cart_id: approval.cart_id, approver_member_id: member.id },
  })
  res.json({ approval: presentApproval(result, member.id) })
}
