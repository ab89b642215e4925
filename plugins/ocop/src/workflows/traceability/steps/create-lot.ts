import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { LotMasterData } from "../../../modules/traceability/types"

export const createLotStep = createStep(
  "ocop-create-lot",
  async (data: LotMasterData, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [lot] = await traceability.registerTraceLots([data])
    return new StepResponse(lot, lot.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).removeEmptyTraceLot(id)
  },
)
