import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

export const SELLER_ORDER_STATUSES = ["pending", "accepted", "packed", "shipped", "delivered", "cancelled"] as const
export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number]

/**
 * A seller's part of a placed order (one per seller per order), with the figures of its payout
 * ledger line fixed when the order was placed: gross, the commission rate and whether withholding
 * applies (household business) and at which rates (goods or services).
 */
export const SellerOrder = model
  .define("seller_order", {
    id: model.id({ prefix: "selord" }).primaryKey(),
    /** The part's own number, shown to its seller: `<order display_id>-<n>` (see the README). */
    number: model.text(),
    /** Medusa's order id: never shown to the seller (see lib/seller-orders). */
    order_id: model.text(),
    status: model.enum([...SELLER_ORDER_STATUSES]).default("pending"),
    cancel_reason: model.text().nullable(),
    tracking_number: model.text().nullable(),
    carrier: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    /** When the buyer received the part (confirmed by the seller or the buyer; a stay: checked in). */
    delivered_at: model.dateTime().nullable(),
    /** The order's item ids that are this seller's (a JSON array). */
    item_ids: model.json(),
    /** Whole VND: what the customer paid for this seller's lines (numeric: any real order fits). */
    gross: model.bigNumber(),
    goods_gross: model.bigNumber(),
    services_gross: model.bigNumber(),
    /** Whole VND: the value of goods returned and refunded (out of the seller's sales and commission base). */
    refunds: model.bigNumber().default(0),
    /** Whole VND: return shipping the seller pays for goods sent back through its fault. */
    return_shipping: model.bigNumber().default(0),
    commission_rate_bps: model.number(),
    household: model.boolean(),
    placed_at: model.dateTime(),
    seller: model.belongsTo(() => Seller, { mappedBy: "orders" }),
  })
  .indexes([
    { on: ["seller_id", "order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
  ])
