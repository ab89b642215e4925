import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { invalid, notFound, ruleErrorsToMedusaError } from "../../../lib/errors"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { resolveActor } from "../../../modules/traceability/actors"
import { checkEventInput } from "../../../modules/traceability/validate-event"
import type { AppendTraceEventInput } from "../types"

/**
 * Checks the event (reads only): the lot exists and is the recording producer's, the values are
 * valid, and the actor is the recorder's own (a seller records in its name; only an admin records
 * an authority's inspection).
 */
export const prepareTraceEventStep = createStep(
  "ocop-prepare-trace-event",
  async (input: AppendTraceEventInput, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [lot] = await traceability.listTraceLots({ id: input.lot_id }, { select: ["id", "subject_id"], take: 1 })
    if (!lot) throw notFound(`No lot ${input.lot_id}`)
    if (input.subject_id && input.subject_id !== lot.subject_id) {
      throw invalid(
        "subject_id",
        "producer",
        `lot ${lot.id} belongs to another producer: a producer records events only for its own lots`,
      )
    }
    const checked = checkEventInput(input.event, clock(input.now))
    if (!checked.ok) throw ruleErrorsToMedusaError(checked.errors)
    const actor = resolveActor(input.recorder, checked.value)
    if (!actor.ok) throw ruleErrorsToMedusaError(actor.errors)
    return new StepResponse({
      lot_id: lot.id as string,
      event: { ...checked.value, actor: actor.actor, origin: actor.origin },
    })
  },
)
