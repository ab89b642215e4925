import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { TraceEventInput } from "../../../modules/traceability/types"

/**
 * Appends the event to the lot's chain, in one transaction. No compensation: it is the last step
 * of its workflow, and recorded history is never deleted.
 */
export const appendTraceEventStep = createStep(
  "ocop-append-trace-event",
  async (input: { lot_id: string; event: TraceEventInput }, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [event] = await traceability.appendTraceEvents(input.lot_id, [input.event])
    return new StepResponse(event)
  },
)
