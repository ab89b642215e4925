import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { resolveSellingContextStep } from "../../product/steps/resolve-selling-context"
import { assertTransitionStep, updateSellerOrderStep } from "../steps/advance-seller-order"
import { SELLER_ORDER_SHIPPED } from "./split-order"

export const shipSellerOrderWorkflowId = "marketplace-ship-seller-order"

export interface ShipSellerOrderInput {
  id: string
  order_id: string
  items: { id: string; quantity: number }[]
  tracking_number: string
  carrier?: string | null
}

/**
 * A seller ships its part: a Medusa fulfillment of ITS items only, shipped with the tracking
 * number, so the customer's one order shows one shipment per seller. The buyer is told
 * (seller_order.shipped { id, seller_id, number, order_id, customer_id, email }).
 */
export const shipSellerOrderWorkflow = createWorkflow(shipSellerOrderWorkflowId, (input: ShipSellerOrderInput) => {
  assertTransitionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "ship" as const })))
  const context = resolveSellingContextStep()
  const labels = transform({ input }, ({ input }) => [
    { tracking_number: input.tracking_number, tracking_url: "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, context }, ({ input, context }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: context.location_id,
      metadata: { seller_order_id: input.id, carrier: input.carrier ?? null },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillment, labels }, ({ input, fulfillment, labels }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      labels,
    })),
  })
  const updated = updateSellerOrderStep(
    transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      id: input.id,
      data: {
        status: "shipped",
        tracking_number: input.tracking_number,
        carrier: input.carrier ?? null,
        fulfillment_id: fulfillment.id,
      },
    })),
  )
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "customer_id", "email"],
    filters: { id: input.order_id },
  }).config({ name: "marketplace-shipped-order-buyer" })
  emitEventStep({
    eventName: SELLER_ORDER_SHIPPED,
    data: transform({ updated, orders }, ({ updated, orders }) => ({
      id: updated.id,
      seller_id: updated.seller_id,
      number: updated.number,
      order_id: updated.order_id,
      customer_id: orders[0]?.customer_id ?? null,
      email: orders[0]?.email ?? null,
    })),
  })
  return new WorkflowResponse(updated)
})
