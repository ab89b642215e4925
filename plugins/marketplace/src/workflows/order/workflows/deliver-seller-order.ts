import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { SELLER_ORDER_DELIVERED } from "../../../constants"
import { assertTransitionStep, updateSellerOrderStep } from "../steps/advance-seller-order"
import { orderBuyerStep } from "../steps/order-buyer"

export const deliverSellerOrderWorkflowId = "marketplace-deliver-seller-order"

/**
 * The buyer has the part: confirmed by the seller (the carrier delivered, cash collected), by the
 * buyer ("I received it"), or for a stay when its visitors checked in. A shipped part's Medusa
 * fulfillment is marked delivered too. Returns and reviews open from `delivered_at`.
 */
export const deliverSellerOrderWorkflow = createWorkflow(deliverSellerOrderWorkflowId, (input: { id: string }) => {
  const part = assertTransitionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "deliver" as const })))
  when({ part }, ({ part }) => !!part.fulfillment_id).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ orderId: part.order_id, fulfillmentId: part.fulfillment_id! })),
    })
  })
  const updated = updateSellerOrderStep(
    transform({ input }, ({ input }) => ({ id: input.id, data: { status: "delivered", delivered_at: new Date() } })),
  )
  const buyer = orderBuyerStep(transform({ part }, ({ part }) => ({ order_id: part.order_id })))
  emitEventStep({
    eventName: SELLER_ORDER_DELIVERED,
    data: transform({ part, buyer }, ({ part, buyer }) => ({
      id: part.id,
      seller_id: part.seller_id,
      number: part.number,
      order_id: part.order_id,
      customer_id: buyer.customer_id,
    })),
  })
  return new WorkflowResponse(updated)
})
