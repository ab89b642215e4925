import { model } from "@medusajs/framework/utils"

export const LIVE_DISCOUNT_TYPES = ["percentage", "fixed"] as const
export type LiveDiscountType = (typeof LIVE_DISCOUNT_TYPES)[number]

/**
 * A product pinned on a live selling session, in the session's order (`rank`), with its session
 * price: a Medusa promotion (`promotion_id`) in the session's campaign, so the cart's adjustment,
 * its dates and the order's discount are Medusa's. `seller_id` is the product's seller (the
 * cooperative whose sales the session counts); `pinned_by` the seller member or admin user.
 */
export const LivePin = model
  .define("live_pin", {
    id: model.id({ prefix: "lpin" }).primaryKey(),
    event_id: model.text(),
    product_id: model.text(),
    seller_id: model.text().nullable(),
    rank: model.number().default(0),
    discount_type: model.enum([...LIVE_DISCOUNT_TYPES]).nullable(),
    /** Percent off (1–90), or whole VND off each unit. */
    discount_value: model.bigNumber().nullable(),
    promotion_id: model.text().nullable(),
    pinned_by: model.text().nullable(),
  })
  .indexes([
    { on: ["event_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["seller_id"], where: "deleted_at IS NULL" },
    // the cart's live prices: its lines' promotions looked up by id
    { on: ["promotion_id"], where: "deleted_at IS NULL" },
  ])
