import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"
import type { TradeEventData } from "./prepare-trade-event"

type Undo = { created_id: string } | { previous: Record<string, unknown> }

/** Creates the event, or updates it when `id` is given; compensation deletes it or restores it. */
export const writeTradeEventStep = createStep(
  "ocop-write-trade-event",
  async (input: { id?: string; event: TradeEventData }, { container }) => {
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    if (!input.id) {
      const created = await service.createTradeEvents(input.event)
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const previous = await service.retrieveTradeEvent(input.id)
    const updated = await service.updateTradeEvents({ id: input.id, ...input.event })
    return new StepResponse(updated, { previous: previous as unknown as Record<string, unknown> } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    if ("created_id" in undo) await service.deleteTradeEvents(undo.created_id)
    else {
      const { created_at, updated_at, deleted_at, ...fields } = undo.previous
      await service.updateTradeEvents(fields as any)
    }
  },
)
