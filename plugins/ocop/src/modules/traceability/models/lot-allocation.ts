import { model } from "@medusajs/framework/utils"
import { TraceLot } from "./lot"

export const ALLOCATION_SOURCES = ["chosen", "fefo", "overflow"] as const

/**
 * Which lot a shipped order line came from: written when the order's fulfillment is created
 * (chosen by the admin in the fulfillment's metadata `ocop_lots`, otherwise the first-expiring lot
 * of the variant with stock left; `overflow` when no lot had stock left). Read by the recall.
 */
export const TraceLotAllocation = model
  .define("trace_lot_allocation", {
    id: model.id({ prefix: "tlalloc" }).primaryKey(),
    lot: model.belongsTo(() => TraceLot, { mappedBy: "allocations" }),
    order_id: model.text(),
    order_line_item_id: model.text(),
    fulfillment_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    source: model.enum([...ALLOCATION_SOURCES]),
  })
  .indexes([
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["order_line_item_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_trace_lot_allocation_unique",
      on: ["fulfillment_id", "order_line_item_id", "lot_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
