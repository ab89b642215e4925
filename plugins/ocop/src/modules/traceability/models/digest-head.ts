import { model } from "@medusajs/framework/utils"
import { TraceDigest } from "./digest"

/** One lot's head as a digest recorded it: leaf `position` of the digest's Merkle tree. */
export const TraceDigestHead = model
  .define("trace_digest_head", {
    id: model.id({ prefix: "tdhead" }).primaryKey(),
    digest: model.belongsTo(() => TraceDigest, { mappedBy: "heads" }),
    position: model.number(),
    lot_id: model.text(),
    gtin14: model.text(),
    lot_code: model.text(),
    event_count: model.number(),
    head_hash: model.text(),
    leaf_hash: model.text(),
  })
  .indexes([
    {
      name: "IDX_trace_digest_head_position_unique",
      on: ["digest_id", "position"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["lot_id"], where: "deleted_at IS NULL" },
  ])
