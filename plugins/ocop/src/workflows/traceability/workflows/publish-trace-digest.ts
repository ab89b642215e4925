import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PublishTraceDigestInput } from "../types"
import { publishTraceDigestStep } from "../steps/publish-trace-digest"

export const publishTraceDigestWorkflowId = "ocop-publish-trace-digest"

/** Publishes the Merkle root of all lot heads (daily by a job, or on demand by an admin). */
export const publishTraceDigestWorkflow = createWorkflow(
  publishTraceDigestWorkflowId,
  (input: PublishTraceDigestInput) => {
    return new WorkflowResponse(publishTraceDigestStep(input))
  },
)
