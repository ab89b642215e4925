import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { splitOrderStep } from "../steps/split-order"

export const splitOrderWorkflowId = "marketplace-split-order"

/** After an order is placed: one seller order per seller whose products it holds. */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(splitOrderStep(input))
})
