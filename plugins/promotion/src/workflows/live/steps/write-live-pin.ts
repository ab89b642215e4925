import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"
import type { PreparedLivePin } from "./prepare-live-pin"

type Undo = { created_id: string } | { previous: Record<string, unknown> }

/** Writes the pin with its session price's promotion (a new pin goes last); compensation deletes or restores it. */
export const writeLivePinStep = createStep(
  "ocop-write-live-pin",
  async (input: { prepared: PreparedLivePin; promotion_id: string | null }, { container }) => {
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    const { prepared } = input
    const fields = {
      discount_type: prepared.discount?.type ?? null,
      discount_value: prepared.discount?.value ?? null,
      promotion_id: input.promotion_id,
      pinned_by: prepared.pinned_by,
      seller_id: prepared.product_seller_id,
    }
    if (prepared.existing) {
      const previous = await service.retrieveLivePin(prepared.existing.id)
      const updated = await service.updateLivePins({ id: prepared.existing.id, ...fields })
      return new StepResponse(updated, { previous: previous as unknown as Record<string, unknown> } as Undo)
    }
    const created = await service.createLivePins({
      event_id: prepared.event.id,
      product_id: prepared.product_id,
      rank: prepared.next_rank,
      ...fields,
    })
    return new StepResponse(created, { created_id: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    if ("created_id" in undo) await service.deleteLivePins(undo.created_id)
    else {
      const { id, discount_type, discount_value, promotion_id, pinned_by, seller_id } = undo.previous as any
      await service.updateLivePins({ id, discount_type, discount_value, promotion_id, pinned_by, seller_id })
    }
  },
)
