import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { resolveSellingContextStep } from "../../product/steps/resolve-selling-context"
import { assertTransitionStep, updateSellerOrderStep } from "../steps/advance-seller-order"

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
 * number, so the customer's one order shows one shipment per seller.
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
  return new WorkflowResponse(updated)
})
