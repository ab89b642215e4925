import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { PublishTraceDigestInput } from "../types"

/**
 * Appends a digest of every lot's head. No compensation: it is the only step, and a published
 * digest is never withdrawn.
 */
export const publishTraceDigestStep = createStep(
  "ocop-publish-trace-digest",
  async (input: PublishTraceDigestInput, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    return new StepResponse(await traceability.publishTraceDigest({ trigger: input.trigger, now: clock(input.now) }))
  },
)
