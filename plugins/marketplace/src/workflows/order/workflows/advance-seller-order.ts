import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertTransitionStep, SELLER_ORDER_TRANSITIONS, updateSellerOrderStep } from "../steps/advance-seller-order"

export const advanceSellerOrderWorkflowId = "marketplace-advance-seller-order"

/** accept, pack, or cancel (with a reason; the seller's part is then refunded in its payout line). */
export const advanceSellerOrderWorkflow = createWorkflow(
  advanceSellerOrderWorkflowId,
  (input: { id: string; action: "accept" | "pack" | "cancel"; reason?: string }) => {
    const part = assertTransitionStep(input)
    const updated = updateSellerOrderStep(
      transform({ input, part }, ({ input, part }) => ({
        id: input.id,
        data: {
          status: SELLER_ORDER_TRANSITIONS[input.action].to,
          ...(input.action === "cancel" ? { cancel_reason: input.reason, refunds: part.gross } : {}),
        },
      }))
    )
    return new WorkflowResponse(updated)
  }
)
