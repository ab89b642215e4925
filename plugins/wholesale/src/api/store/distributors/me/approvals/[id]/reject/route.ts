import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentApproval } from "../../../../../../../lib/present"
import { rejectOrderWorkflow } from "../../../../../../../workflows/approval/workflows/reject-order"
import type { StoreRejectApprovalType } from "../../../../validators"
import { approvalToDecide } from "../approval"

/** POST /store/distributors/me/approvals/:id/reject { reason } → { approval } */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRejectApprovalType>, res: MedusaResponse) => {
  const { approval, member } = await approvalToDecide(req)
  const { result } = await rejectOrderWorkflow(req.scope).run({
    input: { approval_id: approval.id, approver_member_id: member.id, reason: req.validatedBody.reason },
  })
  res.json({ approval: presentApproval(result, member.id) })
}
