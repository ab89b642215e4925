import canonicalize from "canonicalize"
import { createHash } from "node:crypto"
import type { BrokenLink, ChainVerification, LotMasterData, TraceEventInput } from "./types"

/**
 * The tamper-evident chain of a lot's history.
 *
 *   master_hash    = SHA-256(JCS(lot master data))
 *   content_hash_n = SHA-256(JCS(event_n fields + lot_id + sequence + previous_hash_n))
 *   previous_hash_1 = master_hash, previous_hash_n = content_hash_(n-1)
 *
 * JCS is the JSON Canonicalization Scheme (RFC 8785, the `canonicalize` package): the same data
 * always gives the same bytes whatever the key order, so the hash can be recomputed from the rows.
 * Changing any hashed column of any row (or the lot) makes `verifyChain` report the first broken link.
 */

/** JSON values exactly as PostgreSQL jsonb gives them back: undefined dropped, dates as ISO strings. */
export function jsonValue<T>(value: T | undefined | null): T | null {
  if (value === undefined || value === null) return null
  return JSON.parse(JSON.stringify(value)) as T
}

function nullable<T>(value: T | undefined | null): T | null {
  return value === undefined ? null : value
}

export function sha256Canonical(payload: unknown): string {
  const text = canonicalize(payload)
  if (text === undefined) throw new Error("cannot canonicalize an undefined payload")
  return createHash("sha256").update(text, "utf8").digest("hex")
}

export function lotMasterPayload(lot: LotMasterData) {
  return {
    kind: "ocop.trace.lot/1",
    gtin14: lot.gtin14,
    lot_code: lot.lot_code,
    variant_id: lot.variant_id,
    product_id: lot.product_id,
    subject_id: lot.subject_id,
    production_date: lot.production_date,
    best_before: nullable(lot.best_before),
    expiry_date: nullable(lot.expiry_date),
    quantity_produced: Number(lot.quantity_produced),
    unit: lot.unit ?? "H87",
    origin_area: lot.origin_area,
    inputs: jsonValue(lot.inputs),
  }
}

export function lotMasterHash(lot: LotMasterData): string {
  return sha256Canonical(lotMasterPayload(lot))
}

export function isoInstant(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(value)}`)
  return date.toISOString()
}

/** The stored row of an event, as far as the hash is concerned. */
export type HashedEvent = Omit<TraceEventInput, "event_time"> & {
  event_time: string | Date
  lot_id: string
  sequence: number
  previous_hash: string
}

export function eventPayload(event: HashedEvent) {
  return {
    kind: "ocop.trace.event/1",
    lot_id: event.lot_id,
    sequence: Number(event.sequence),
    event_type: event.event_type,
    action: event.action,
    biz_step: event.biz_step,
    disposition: nullable(event.disposition),
    event_time: isoInstant(event.event_time),
    event_time_zone_offset: event.event_time_zone_offset ?? "+07:00",
    read_point: jsonValue(event.read_point),
    biz_location: jsonValue(event.biz_location),
    actor: jsonValue(event.actor),
    quantities: jsonValue(event.quantities),
    attachments: jsonValue(event.attachments),
    source: jsonValue(event.source),
    destination: jsonValue(event.destination),
    biz_transactions: jsonValue(event.biz_transactions),
    parent_id: nullable(event.parent_id),
    note: nullable(event.note),
    corrects_event_id: nullable(event.corrects_event_id),
    correction_reason: nullable(event.correction_reason),
    origin: event.origin ?? "admin",
    external_event_id: nullable(event.external_event_id),
    previous_hash: event.previous_hash,
  }
}

export function eventContentHash(event: HashedEvent): string {
  return sha256Canonical(eventPayload(event))
}

type StoredLot = LotMasterData & { master_hash: string; head_hash?: string | null; event_count?: number | null }
type StoredEvent = HashedEvent & { id: string; content_hash: string; deleted_at?: string | Date | null }

/**
 * Walks a lot's chain (events in any order, soft-deleted rows included) and reports the first
 * broken link: the lot's master data changed, an event soft-deleted, a number missing (a row
 * deleted outright), an event that does not point at its predecessor (reordered or replaced), an
 * event whose content no longer matches its hash, or fewer events / another last hash than the
 * head the lot recorded with its last append (the last event deleted).
 */
export function verifyChain(lot: StoredLot, events: StoredEvent[]): ChainVerification {
  const broken = (link: BrokenLink, checked: number): ChainVerification => ({
    valid: false,
    checked,
    first_broken: link,
  })
  const master = lotMasterHash(lot)
  if (master !== lot.master_hash) {
    return broken(
      {
        event_id: null,
        sequence: 0,
        reason: "lot_master_changed",
        expected_hash: master,
        stored_hash: lot.master_hash,
        message:
          "the lot's master data (dates, quantities, origin, inputs) no longer matches the hash recorded when it was created",
      },
      0,
    )
  }
  const sorted = [...events].sort((a, b) => Number(a.sequence) - Number(b.sequence))
  let previous = lot.master_hash
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i]
    const expectedSequence = i + 1
    if (event.deleted_at) {
      return broken(
        {
          event_id: event.id,
          sequence: Number(event.sequence),
          reason: "event_deleted",
          expected_hash: event.content_hash,
          stored_hash: event.content_hash,
          message: `event ${event.sequence} was deleted from the history, which is append-only`,
        },
        i,
      )
    }
    if (Number(event.sequence) !== expectedSequence) {
      return broken(
        {
          event_id: event.id,
          sequence: Number(event.sequence),
          reason: "sequence_gap",
          expected_hash: previous,
          stored_hash: event.previous_hash,
          message: `event number ${expectedSequence} is missing: the next event stored is number ${event.sequence}`,
        },
        i,
      )
    }
    if (event.previous_hash !== previous) {
      return broken(
        {
          event_id: event.id,
          sequence: expectedSequence,
          reason: "previous_hash_mismatch",
          expected_hash: previous,
          stored_hash: event.previous_hash,
          message: `event ${expectedSequence} does not point at the hash of ${expectedSequence === 1 ? "the lot" : `event ${expectedSequence - 1}`}`,
        },
        i + 1,
      )
    }
    const expected = eventContentHash(event)
    if (expected !== event.content_hash) {
      return broken(
        {
          event_id: event.id,
          sequence: expectedSequence,
          reason: "content_changed",
          expected_hash: expected,
          stored_hash: event.content_hash,
          message: `event ${expectedSequence} was changed after it was recorded: its content no longer matches its hash`,
        },
        i + 1,
      )
    }
    previous = event.content_hash
  }
  const recordedCount = lot.event_count === undefined || lot.event_count === null ? null : Number(lot.event_count)
  if (recordedCount !== null && recordedCount !== sorted.length) {
    return broken(
      {
        event_id: null,
        sequence: Math.max(recordedCount, sorted.length),
        reason: "event_missing",
        expected_hash: lot.head_hash ?? previous,
        stored_hash: previous,
        message:
          recordedCount > sorted.length
            ? `the lot recorded ${recordedCount} events but only ${sorted.length} remain: the last ${recordedCount - sorted.length} were deleted`
            : `the lot recorded ${recordedCount} events but ${sorted.length} are stored: events were added outside the history`,
      },
      sorted.length,
    )
  }
  if (lot.head_hash && lot.head_hash !== previous) {
    return broken(
      {
        event_id: sorted.length ? sorted[sorted.length - 1].id : null,
        sequence: sorted.length,
        reason: "head_mismatch",
        expected_hash: lot.head_hash,
        stored_hash: previous,
        message: "the last event is not the one the lot recorded as its head: the end of the history was replaced",
      },
      sorted.length,
    )
  }
  return { valid: true, checked: sorted.length }
}

/**
 * The head a lot's first `count` events give when every hash is recomputed from their content
 * (stored hashes ignored), or null when those events are not all there. This is what a published
 * digest is checked against: a forger who edits an event and recomputes every stored hash after
 * it still changes this value.
 */
export function recomputedHead(
  lot: LotMasterData,
  events: (HashedEvent & { deleted_at?: unknown })[],
  count: number,
): string | null {
  const bySequence = new Map(events.filter((e) => !e.deleted_at).map((e) => [Number(e.sequence), e]))
  let previous = lotMasterHash(lot)
  for (let sequence = 1; sequence <= count; sequence++) {
    const event = bySequence.get(sequence)
    if (!event) return null
    previous = eventContentHash({ ...event, previous_hash: previous })
  }
  return previous
}
