import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { AllocationLine } from "../../../modules/traceability/service"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { AllocateFulfillmentLotsInput } from "../types"

export const allocateLotsStep = createStep(
  "ocop-allocate-lots",
  async (input: AllocateFulfillmentLotsInput & { lines: AllocationLine[] }, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const created = input.lines.length ? await traceability.allocateFulfillmentLots(input) : []
    return new StepResponse(
      created,
      created.map((a) => a.id as string),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTraceLotAllocations(ids)
  },
)
