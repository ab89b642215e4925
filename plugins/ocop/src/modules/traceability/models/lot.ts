import { model } from "@medusajs/framework/utils"
import { TraceEvent } from "./trace-event"
import { TraceLotAllocation } from "./lot-allocation"

/**
 * A batch/lot (GS1 AI 10) of one trade item. Its master data is part of the tamper-evident chain:
 * `master_hash` is the SHA-256 of the canonical master data and is the `previous_hash` of the
 * lot's first event, so that rewriting the production date or the inputs breaks verification too.
 */
export const TraceLot = model
  .define("trace_lot", {
    id: model.id({ prefix: "tlot" }).primaryKey(),
    gtin14: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    lot_code: model.text().searchable(),
    /** YYYY-MM-DD (a day in Vietnam). */
    production_date: model.text(),
    best_before: model.text().nullable(),
    expiry_date: model.text().nullable(),
    quantity_produced: model.number(),
    /** Units of `quantity_produced` (UN/ECE rec. 20 code; H87 = pieces). */
    unit: model.text().default("H87"),
    /** Where the raw material comes from, e.g. "Xã Bắc Hà, tỉnh Lào Cai". */
    origin_area: model.text(),
    /** Inputs: [{ gtin?, lot?, producer?, name? }]. */
    inputs: model.json().nullable(),
    /** The producer: an OCOP subject of the certification module. */
    subject_id: model.text(),
    master_hash: model.text(),
    /**
     * The hash of the last event (the master hash while there is none) and the number of events,
     * written in the same transaction as each append: deleting the last event, which leaves no gap,
     * shows as a head or count that no longer matches. Not part of the master data hash.
     */
    head_hash: model.text().nullable(),
    event_count: model.number().default(0),
    events: model.hasMany(() => TraceEvent, { mappedBy: "lot" }),
    allocations: model.hasMany(() => TraceLotAllocation, { mappedBy: "lot" }),
  })
  .indexes([
    {
      name: "IDX_trace_lot_gtin14_lot_code_unique",
      on: ["gtin14", "lot_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["variant_id"], where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    // A product page's newest lots use "IDX_trace_lot_product_newest" (product_id, production_date DESC,
    // id DESC), created by migration OcopTraceabilityMigration20261207130200 only: no descending columns here.
    { on: ["subject_id"], where: "deleted_at IS NULL" },
  ])
