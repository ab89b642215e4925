import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../lib/clock"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"

export const publishTraceDigestWorkflowId = "ocop-publish-trace-digest"

export interface PublishTraceDigestInput {
  trigger: "scheduled" | "admin"
  now?: string
}

/**
 * Appends a digest of every lot's head. No compensation: it is the only step, and a published
 * digest is never withdrawn.
 */
export const publishTraceDigestStep = createStep("ocop-publish-trace-digest", async (input: PublishTraceDigestInput, { container }) => {
  const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  return new StepResponse(await traceability.publishTraceDigest({ trigger: input.trigger, now: clock(input.now) }))
})

/** Publishes the Merkle root of all lot heads (daily by a job, or on demand by an admin). */
export const publishTraceDigestWorkflow = createWorkflow(publishTraceDigestWorkflowId, (input: PublishTraceDigestInput) => {
  return new WorkflowResponse(publishTraceDigestStep(input))
})
