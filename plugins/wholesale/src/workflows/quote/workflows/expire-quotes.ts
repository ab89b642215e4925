import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireQuotesStep } from "../steps/expire-quotes"

export const expireQuotesWorkflowId = "wholesale-expire-quotes"

export const expireQuotesWorkflow = createWorkflow(
  expireQuotesWorkflowId,
  (input: { now: string }) => new WorkflowResponse(expireQuotesStep(input)),
)
