import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export const updateTradeItemGtinStep = createStep(
  "ocop-update-trade-item-gtin",
  async (data: { id: string; gtin14: string; previous: string }, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const item = await traceability.updateTraceTradeItems({ id: data.id, gtin14: data.gtin14 })
    return new StepResponse(item, { id: data.id, gtin14: data.previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateTraceTradeItems(previous)
  },
)
