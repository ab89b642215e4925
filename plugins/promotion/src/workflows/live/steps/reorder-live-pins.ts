import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"

export interface ReorderLivePinsInput {
  event_id: string
  /** The acting cooperative (its own pins only), or null for the office (any pin). */
  seller_id: string | null
  /** The pinned products in their new order. */
  product_ids: string[]
}

/**
 * Puts the named pins in the given order within the places they hold: a cooperative reorders its
 * own products without moving another's. A product not pinned (or another seller's) is a 404; a
 * product named twice a 400. Compensation puts the ranks back.
 */
export const reorderLivePinsStep = createStep(
  "ocop-reorder-live-pins",
  async (input: ReorderLivePinsInput, { container }) => {
    if (new Set(input.product_ids).size !== input.product_ids.length)
      throw invalid("product_ids", "unique", "each pinned product once")
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    const pins = await service.listLivePins(
      { event_id: input.event_id, product_id: input.product_ids },
      { select: ["id", "product_id", "rank", "seller_id"] },
    )
    const byProduct = new Map(pins.map((pin) => [pin.product_id, pin]))
    for (const productId of input.product_ids) {
      const pin = byProduct.get(productId)
      if (!pin || (input.seller_id && pin.seller_id !== input.seller_id))
        throw notFound(`product ${productId} is not pinned on this session`)
    }
    const places = pins.map((pin) => pin.rank).sort((a, b) => a - b)
    const previous = pins.map((pin) => ({ id: pin.id, rank: pin.rank }))
    await service.updateLivePins(
      input.product_ids.map((productId, i) => ({ id: byProduct.get(productId)!.id, rank: places[i] })),
    )
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).updateLivePins(previous)
  },
)
