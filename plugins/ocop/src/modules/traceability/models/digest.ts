import { model } from "@medusajs/framework/utils"
import { TraceDigestHead } from "./digest-head"

export const DIGEST_TRIGGERS = ["scheduled", "admin"] as const

/**
 * A published digest of every lot's history: the RFC 6962 Merkle root of all lot heads at one
 * moment (see ../digest.ts). APPEND-ONLY: the service refuses updates and deletions. `sequence`
 * numbers digests 1, 2, 3… and `digest_hash` chains each to the one before.
 */
export const TraceDigest = model
  .define("trace_digest", {
    id: model.id({ prefix: "tdgst" }).primaryKey(),
    sequence: model.number(),
    /** The day in Vietnam (YYYY-MM-DD) the digest belongs to. */
    day: model.text(),
    root: model.text(),
    leaf_count: model.number(),
    previous_digest_hash: model.text().nullable(),
    digest_hash: model.text(),
    trigger: model.enum([...DIGEST_TRIGGERS]),
    heads: model.hasMany(() => TraceDigestHead, { mappedBy: "digest" }),
  })
  .indexes([
    { name: "IDX_trace_digest_sequence_unique", on: ["sequence"], unique: true, where: "deleted_at IS NULL" },
    { on: ["day"], where: "deleted_at IS NULL" },
  ])
