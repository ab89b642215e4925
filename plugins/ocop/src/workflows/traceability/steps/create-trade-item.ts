import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export const createTradeItemStep = createStep(
  "ocop-create-trade-item",
  async (data: { gtin14: string; variant_id: string; product_id: string }, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const item = await traceability.createTraceTradeItems(data)
    return new StepResponse(item, item.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTraceTradeItems(id)
  },
)
