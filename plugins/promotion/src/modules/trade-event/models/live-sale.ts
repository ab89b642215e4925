import { model } from "@medusajs/framework/utils"

/**
 * An order line placed from a live session (added to the cart from the session's page, of a product
 * pinned or featured there): the session's figures are aggregates over these rows, never over all
 * orders. `amount` is what the buyer pays for the line in VND, after the session price.
 */
export const LiveSale = model
  .define("live_sale", {
    id: model.id({ prefix: "lsale" }).primaryKey(),
    event_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text(),
    seller_id: model.text().nullable(),
    quantity: model.number(),
    amount: model.bigNumber(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["event_id", "seller_id"], where: "deleted_at IS NULL" },
    { on: ["seller_id"], where: "deleted_at IS NULL" },
  ])
