import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AppendTraceEventInput } from "../types"
import { prepareTraceEventStep } from "../steps/prepare-trace-event"
import { appendTraceEventStep } from "../steps/append-trace-event"

export const appendTraceEventWorkflowId = "ocop-append-trace-event"

/** Appends one EPCIS event to a lot's tamper-evident history. */
export const appendTraceEventWorkflow = createWorkflow(appendTraceEventWorkflowId, (input: AppendTraceEventInput) => {
  const prepared = prepareTraceEventStep(input)
  return new WorkflowResponse(appendTraceEventStep(prepared))
})
