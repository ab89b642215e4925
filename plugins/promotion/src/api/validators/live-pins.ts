import { z } from "@medusajs/framework/zod"
import { recordId } from "@ocop/plugin-ocop/validation"
import { LIVE_DISCOUNT_TYPES } from "../../modules/trade-event"

/** POST …/pins { product_id, discount?: { type: percentage | fixed, value } }: pin (or re-price) a product on a live session. */
export const LivePinBody = z
  .object({
    product_id: recordId(),
    // Bounded again against the product's price when pinned (lib/live-sessions `checkLiveDiscount`).
    discount: z
      .object({
        type: z.enum(LIVE_DISCOUNT_TYPES),
        value: z.number().int().positive().max(1_000_000_000),
      })
      .strict()
      .nullish(),
  })
  .strict()
export type LivePinBodyType = z.infer<typeof LivePinBody>

/** POST …/pin-order { product_ids }: the pinned products in their new order. */
export const LivePinOrderBody = z.object({ product_ids: z.array(recordId()).min(1).max(100) }).strict()
export type LivePinOrderBodyType = z.infer<typeof LivePinOrderBody>
