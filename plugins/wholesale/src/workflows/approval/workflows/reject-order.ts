import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateApprovalStep } from "../steps/update-approval"

export const rejectOrderWorkflowId = "wholesale-reject-order"

/** An approver rejects a buyer's cart above its limit with a reason; the cart stays as it was. */
export const rejectOrderWorkflow = createWorkflow(
  rejectOrderWorkflowId,
  (input: { approval_id: string; approver_member_id: string; reason: string }) => {
    const approval = updateApprovalStep(
      transform({ input }, ({ input }) => ({
        id: input.approval_id,
        from: "pending",
        data: { status: "rejected", decided_by_member_id: input.approver_member_id, reason: input.reason },
      })),
    )
    return new WorkflowResponse(approval)
  },
)
