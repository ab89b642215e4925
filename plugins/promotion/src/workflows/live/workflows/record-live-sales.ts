import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordLiveSalesStep } from "../steps/record-live-sales"

/** Counts a placed order's lines added from live sessions (run on order.placed). */
export const recordLiveSalesWorkflow = createWorkflow("ocop-record-live-sales", (input: { order_id: string }) => {
  return new WorkflowResponse(recordLiveSalesStep(input))
})
