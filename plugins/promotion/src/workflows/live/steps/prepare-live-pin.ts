import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"
import {
  changeableLiveSession,
  checkLiveDiscount,
  lowestVndPrice,
  productSellerId,
  type LiveDiscount,
} from "../../../lib/live-sessions"

export interface LivePinRequest {
  event_id: string
  product_id: string
  /** The acting cooperative: only its own products, on sessions it runs. Null for the programme office. */
  seller_id: string | null
  /** Pinning: the session price, or none for a pin at the regular price. Absent when unpinning. */
  discount?: LiveDiscount | null
  pinned_by?: string | null
}

export interface PreparedLivePin {
  event: { id: string; title: string; starts_at: Date; ends_at: Date }
  product_id: string
  product_seller_id: string | null
  discount: LiveDiscount | null
  pinned_by: string | null
  /** The pin already there (a new price replaces its promotion), or null. */
  existing: { id: string; promotion_id: string | null; rank: number } | null
  /** Where a new pin goes: after the session's last. */
  next_rank: number
}

/**
 * Checks a pin or unpin before anything is written: the session is a live session the seller runs
 * (else 404), it has not ended (400), the product is the seller's own (404 for another's) or, for
 * the office, exists, and the session price is bounded (lib/live-sessions `checkLiveDiscount`).
 */
export const prepareLivePinStep = createStep(
  "ocop-prepare-live-pin",
  async (input: LivePinRequest & { unpin?: boolean }, { container }) => {
    const event = await changeableLiveSession(container, input.event_id, input.seller_id)

    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    const [existing] = await service.listLivePins(
      { event_id: event.id, product_id: input.product_id },
      { select: ["id", "promotion_id", "rank", "seller_id"], take: 1 },
    )
    const productSeller = await productSellerId(container, input.product_id)
    if (input.seller_id && productSeller !== input.seller_id) throw notFound(`product ${input.product_id} not found`)
    if (!input.seller_id) {
      const [product] = await container
        .resolve(Modules.PRODUCT)
        .listProducts({ id: input.product_id }, { select: ["id"], take: 1 })
      if (!product) throw notFound(`product ${input.product_id} not found`)
    }
    if (input.unpin && !existing) throw notFound(`product ${input.product_id} is not pinned on this session`)

    const discount = input.unpin ? null : (input.discount ?? null)
    if (discount) checkLiveDiscount(discount, await lowestVndPrice(container, input.product_id))

    const [last] = await service.listLivePins(
      { event_id: event.id },
      { select: ["rank"], order: { rank: "DESC" }, take: 1 },
    )
    return new StepResponse<PreparedLivePin>({
      event: { id: event.id, title: event.title, starts_at: event.starts_at, ends_at: event.ends_at },
      product_id: input.product_id,
      product_seller_id: productSeller,
      discount,
      pinned_by: input.pinned_by ?? null,
      existing: existing ? { id: existing.id, promotion_id: existing.promotion_id ?? null, rank: existing.rank } : null,
      next_rank: last ? last.rank + 1 : 0,
    })
  },
)
