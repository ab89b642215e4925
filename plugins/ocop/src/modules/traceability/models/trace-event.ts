import { model } from "@medusajs/framework/utils"
import { TraceLot } from "./lot"

export const EVENT_TYPES = ["ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent"] as const
export const EVENT_ACTIONS = ["ADD", "OBSERVE", "DELETE"] as const

/**
 * One EPCIS 2.0 event in the history of a lot. APPEND-ONLY: the service refuses updates and
 * deletions; a correction is a new event with `corrects_event_id`. `content_hash` is the SHA-256
 * of the event's canonical JSON (RFC 8785) including `previous_hash` (the previous event's hash,
 * the lot's `master_hash` for the first one), so any edit in the database breaks the chain.
 */
export const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tevt" }).primaryKey(),
    lot: model.belongsTo(() => TraceLot, { mappedBy: "events" }),
    /** 1, 2, 3… within the lot. */
    sequence: model.number(),
    event_type: model.enum([...EVENT_TYPES]),
    action: model.enum([...EVENT_ACTIONS]),
    /** A CBV 2.0 business step, bare (`commissioning`) or a URI for a non-CBV step. */
    biz_step: model.text(),
    disposition: model.text().nullable(),
    event_time: model.dateTime(),
    event_time_zone_offset: model.text().default("+07:00"),
    /** { id?, gln?, name?, address?, lat?, lng? } */
    read_point: model.json().nullable(),
    biz_location: model.json().nullable(),
    /** Who did it: { name, subject_id?, gln?, role? } */
    actor: model.json().nullable(),
    /** [{ quantity, uom?, epc_class? , role? ("input" | "output") }] */
    quantities: model.json().nullable(),
    /** [{ url, kind, name? }] e.g. a test report */
    attachments: model.json().nullable(),
    /** Parties: { type: "owning_party" | "possessing_party" | "location", id?, name?, gln?, address? } */
    source: model.json().nullable(),
    destination: model.json().nullable(),
    /** [{ type, id }] purchase orders, invoices, despatch advices */
    biz_transactions: model.json().nullable(),
    /** AggregationEvent: the container (e.g. an SSCC URI). */
    parent_id: model.text().nullable(),
    /** Free text shown on the trace page. */
    note: model.text().nullable(),
    corrects_event_id: model.text().nullable(),
    correction_reason: model.text().nullable(),
    /** admin | epcis_capture | seed */
    origin: model.text().default("admin"),
    /** The eventID of a captured EPCIS event, kept to refuse capturing it twice. */
    external_event_id: model.text().nullable(),
    content_hash: model.text(),
    previous_hash: model.text(),
  })
  .indexes([
    {
      name: "IDX_trace_event_lot_sequence_unique",
      on: ["lot_id", "sequence"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_trace_event_external_id_unique",
      on: ["external_event_id"],
      unique: true,
      where: "external_event_id IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["event_time"], where: "deleted_at IS NULL" },
    { on: ["biz_step"], where: "deleted_at IS NULL" },
  ])
