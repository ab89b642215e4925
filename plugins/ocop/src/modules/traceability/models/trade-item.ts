import { model } from "@medusajs/framework/utils"

/**
 * A trade item: one product variant identified by its GTIN-14 (one GTIN per variant, one variant
 * per GTIN). Linked to the variant with a module link (src/links/variant-trade-item.ts);
 * `variant_id` and `product_id` are kept here too, for filtering without a join.
 */
export const TraceTradeItem = model
  .define("trace_trade_item", {
    id: model.id({ prefix: "ttrade" }).primaryKey(),
    gtin14: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
  })
  .indexes([
    { name: "IDX_trace_trade_item_gtin14_unique", on: ["gtin14"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_trace_trade_item_variant_id_unique", on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
  ])
