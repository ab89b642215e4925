import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"

/** Takes a pin off its session (soft delete); compensation restores it. */
export const removeLivePinStep = createStep(
  "ocop-remove-live-pin",
  async (input: { id: string }, { container }) => {
    await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).softDeleteLivePins(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).restoreLivePins(id)
  },
)
