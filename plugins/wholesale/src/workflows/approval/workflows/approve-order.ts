import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkApprovedCartStep } from "../steps/check-approved-cart"
import { updateApprovalStep } from "../steps/update-approval"

export const approveOrderWorkflowId = "wholesale-approve-order"

/**
 * An approver approves a buyer's cart above its limit: the cart must be exactly the one sent
 * (otherwise the approval is void), pending → approved, the cart is completed (the order is
 * placed), approved → placed with the order id. If placing fails, the approval is pending again.
 */
export const approveOrderWorkflow = createWorkflow(
  approveOrderWorkflowId,
  (input: { approval_id: string; cart_id: string; approver_member_id: string }) => {
    checkApprovedCartStep(transform({ input }, ({ input }) => ({ approval_id: input.approval_id })))
    updateApprovalStep(
      transform({ input }, ({ input }) => ({
        id: input.approval_id,
        from: "pending",
        data: { status: "approved", decided_by_member_id: input.approver_member_id },
      })),
    ).config({ name: "approve" })
    const order = completeCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ id: input.cart_id })),
    })
    const approval = updateApprovalStep(
      transform({ input, order }, ({ input, order }) => ({
        id: input.approval_id,
        from: "approved",
        data: { status: "placed", order_id: order.id },
      })),
    ).config({ name: "mark-placed" })
    return new WorkflowResponse(approval)
  },
)
