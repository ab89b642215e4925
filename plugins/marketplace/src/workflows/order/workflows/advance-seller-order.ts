import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { assertTransitionStep, SELLER_ORDER_TRANSITIONS, updateSellerOrderStep } from "../steps/advance-seller-order"
import { orderFullyCancelledStep } from "../steps/order-fully-cancelled"

export const advanceSellerOrderWorkflowId = "marketplace-advance-seller-order"

/**
 * accept, pack, or cancel (with a reason; the seller's part is then refunded in its payout line).
 * When the last open part of an order is cancelled, Medusa's cancelOrderWorkflow cancels the order
 * itself: reservations released, payment cancelled, the customer sees it cancelled.
 */
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
      })),
    )
    const wholeOrder = orderFullyCancelledStep(
      transform({ input, part }, ({ input, part }) => ({
        order_id: part.order_id,
        cancelling: input.action === "cancel",
      })),
    )
    when({ wholeOrder }, ({ wholeOrder }) => wholeOrder).then(() => {
      cancelOrderWorkflow.runAsStep({ input: transform({ part }, ({ part }) => ({ order_id: part.order_id })) })
    })
    return new WorkflowResponse(updated)
  },
)
