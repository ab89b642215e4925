import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { splitOrderStep } from "../steps/split-order"

export const splitOrderWorkflowId = "marketplace-split-order"

export const SELLER_ORDER_CREATED = "seller_order.created"
export const SELLER_ORDER_SHIPPED = "seller_order.shipped"

/**
 * After an order is placed: one seller order per seller whose products it holds; each seller is
 * told of its new part (seller_order.created { id, seller_id, number }).
 */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: { order_id: string }) => {
  const parts = splitOrderStep(input)
  emitEventStep({
    eventName: SELLER_ORDER_CREATED,
    data: transform({ parts }, ({ parts }) =>
      parts.map((part: any) => ({ id: part.id, seller_id: part.seller_id, number: part.number })),
    ),
  })
  return new WorkflowResponse(parts)
})
