import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AllocateFulfillmentLotsInput } from "../types"
import { collectFulfillmentLinesStep } from "../steps/collect-fulfillment-lines"
import { allocateLotsStep } from "../steps/allocate-lots"

export const allocateFulfillmentLotsWorkflowId = "ocop-allocate-fulfillment-lots"

/**
 * Records which lot each line of a new fulfillment ships from (see the service's
 * allocateFulfillmentLots: chosen in the fulfillment's metadata, else first-expiring with stock).
 * Run by the subscriber on `order.fulfillment_created`.
 */
export const allocateFulfillmentLotsWorkflow = createWorkflow(
  allocateFulfillmentLotsWorkflowId,
  (input: AllocateFulfillmentLotsInput) => {
    const collected = collectFulfillmentLinesStep(input)
    return new WorkflowResponse(allocateLotsStep(collected))
  },
)
