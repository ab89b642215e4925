import type { RuleError } from "../../rules/errors"
import { parseGln } from "../../rules/gs1"
import { EVENT_ACTIONS, EVENT_TYPES } from "./models/trace-event"
import type { TraceEventInput, TraceLocation, TraceParty } from "./types"
import { ATTACHMENT_KINDS, BIZ_STEPS, normaliseBizStep, normaliseDisposition } from "./vocabulary"

/** Events may be recorded up to one day ahead (clock skew, time zones), never further. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000
/** Nothing in an OCOP product's history happened before this. */
export const EARLIEST_EVENT_TIME = new Date("2000-01-01T00:00:00Z")
const OFFSET = /^([+-])((0\d|1[0-3]):([0-5]\d)|14:00)$/
const UOM = /^[A-Z0-9]{2,3}$/

export type EventCheck = { ok: true; value: TraceEventInput } | { ok: false; errors: RuleError[] }

/**
 * Checks the values of an event to append (its shape is fixed by the API validators or the EPCIS
 * schema) and normalises them: CBV URIs → bare values, GLNs checked, the time an instant.
 * Every error names its field (`prefix` + field, e.g. `eventList[3].bizStep` for a capture).
 */
export function checkEventInput(
  input: TraceEventInput,
  now: Date,
  fieldNames: Partial<Record<string, string>> = {},
): EventCheck {
  const errors: RuleError[] = []
  const name = (field: string) => {
    const [head, ...rest] = field.split(".")
    return fieldNames[field] ?? [fieldNames[head] ?? head, ...rest].join(".")
  }
  const fail = (field: string, rule: string, message: string) => errors.push({ field: name(field), rule, message })

  if (!(EVENT_TYPES as readonly string[]).includes(input.event_type)) {
    fail(
      "event_type",
      "event_type",
      `"${String(input.event_type)}" is not supported: use one of ${EVENT_TYPES.join(", ")}`,
    )
  }
  if (!(EVENT_ACTIONS as readonly string[]).includes(input.action)) {
    fail("action", "action", `"${String(input.action)}" is not an EPCIS action: use ADD, OBSERVE or DELETE`)
  }
  const bizStep = normaliseBizStep(input.biz_step)
  if (!bizStep) {
    fail(
      "biz_step",
      "cbv_biz_step",
      `"${String(input.biz_step ?? "")}" is not a business step of the GS1 Core Business Vocabulary: use e.g. commissioning, inspecting, packing, shipping, receiving, retail_selling (all: ${BIZ_STEPS.join(", ")})`,
    )
  }
  let disposition: string | null = null
  if (input.disposition !== undefined && input.disposition !== null && input.disposition !== "") {
    disposition = normaliseDisposition(input.disposition)
    if (!disposition) {
      fail(
        "disposition",
        "cbv_disposition",
        `"${String(input.disposition)}" is not a CBV disposition (e.g. active, in_progress, in_transit, sellable_accessible, retail_sold, recalled)`,
      )
    }
  }

  const time = input.event_time instanceof Date ? input.event_time : new Date(String(input.event_time ?? ""))
  if (typeof input.event_time === "string" && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(input.event_time.trim())) {
    fail("event_time", "time_zone", `"${input.event_time}" has no time zone: write it like 2025-08-15T07:30:00+07:00`)
  } else if (Number.isNaN(time.getTime())) {
    fail(
      "event_time",
      "instant",
      `"${String(input.event_time ?? "")}" is not a date and time (e.g. 2025-08-15T07:30:00+07:00)`,
    )
  } else if (time.getTime() > now.getTime() + MAX_FUTURE_MS) {
    fail(
      "event_time",
      "future",
      `${time.toISOString()} is more than one day in the future: an event records what has happened`,
    )
  } else if (time < EARLIEST_EVENT_TIME) {
    fail("event_time", "past", `${time.toISOString()} is before 2000: check the year`)
  }
  const offset = input.event_time_zone_offset ?? "+07:00"
  if (!OFFSET.test(offset))
    fail("event_time_zone_offset", "offset", `"${offset}" is not a time-zone offset like +07:00`)

  const readPoint = checkLocation(input.read_point, "read_point", fail)
  const bizLocation = checkLocation(input.biz_location, "biz_location", fail)
  const source = checkParty(input.source, "source", fail)
  const destination = checkParty(input.destination, "destination", fail)
  if (
    input.actor !== undefined &&
    input.actor !== null &&
    (typeof input.actor !== "object" || typeof input.actor.name !== "string" || !input.actor.name.trim())
  ) {
    fail("actor", "actor", "an actor is { name, subject_id?, gln?, role? } with a name")
  }
  if (input.actor?.gln) {
    const gln = parseGln(input.actor.gln)
    if (!gln.ok) fail("actor.gln", gln.error.rule, gln.error.message)
  }

  ;(input.quantities ?? []).forEach((q, i) => {
    if (typeof q.quantity !== "number" || !Number.isFinite(q.quantity) || q.quantity <= 0) {
      fail(`quantities.${i}.quantity`, "positive", "a quantity must be a number above zero")
    }
    if (q.uom && !UOM.test(q.uom))
      fail(`quantities.${i}.uom`, "uom", `"${q.uom}" is not a UN/ECE unit code (e.g. KGM, LTR, H87)`)
  })
  ;(input.attachments ?? []).forEach((a, i) => {
    if (!/^https?:\/\/\S+$/i.test(a.url ?? ""))
      fail(`attachments.${i}.url`, "url", `"${a.url ?? ""}" is not an http(s) URL`)
    if (!(ATTACHMENT_KINDS as readonly string[]).includes(a.kind)) {
      fail(
        `attachments.${i}.kind`,
        "kind",
        `"${a.kind ?? ""}" is not an attachment kind: use ${ATTACHMENT_KINDS.join(", ")}`,
      )
    }
  })
  if (input.event_type === "TransactionEvent" && !(input.biz_transactions ?? []).length) {
    fail(
      "biz_transactions",
      "required",
      "a TransactionEvent names at least one business transaction (e.g. a purchase order)",
    )
  }
  if (input.event_type === "TransformationEvent" && input.action !== "ADD") {
    fail("action", "transformation", "a TransformationEvent creates its output: record it with action ADD")
  }
  if (input.corrects_event_id && !input.correction_reason?.trim()) {
    fail("correction_reason", "required", "say what the correction corrects (e.g. wrong quantity)")
  }

  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      ...input,
      biz_step: bizStep!,
      disposition,
      event_time: time.toISOString(),
      event_time_zone_offset: offset,
      read_point: readPoint,
      biz_location: bizLocation,
      source,
      destination,
    },
  }
}

function checkLocation(
  location: TraceLocation | null | undefined,
  field: string,
  fail: (field: string, rule: string, message: string) => void,
): TraceLocation | null {
  if (!location) return null
  const result: TraceLocation = { ...location }
  if (location.gln) {
    const gln = parseGln(location.gln)
    if (!gln.ok) fail(`${field}.gln`, gln.error.rule, gln.error.message)
  }
  if (
    location.lat !== undefined &&
    location.lat !== null &&
    (typeof location.lat !== "number" || Math.abs(location.lat) > 90)
  ) {
    fail(`${field}.lat`, "latitude", "a latitude is a number from -90 to 90")
  }
  if (
    location.lng !== undefined &&
    location.lng !== null &&
    (typeof location.lng !== "number" || Math.abs(location.lng) > 180)
  ) {
    fail(`${field}.lng`, "longitude", "a longitude is a number from -180 to 180")
  }
  if (!location.gln && !location.id && !location.name && !location.address && location.lat == null) {
    fail(field, "required", "a place needs a GLN, or a name or address (and coordinates where known)")
  }
  return result
}

function checkParty(
  party: TraceParty | null | undefined,
  field: string,
  fail: (field: string, rule: string, message: string) => void,
): TraceParty | null {
  if (!party) return null
  if (party.gln) {
    const gln = parseGln(party.gln)
    if (!gln.ok) fail(`${field}.gln`, gln.error.rule, gln.error.message)
  }
  if (!party.gln && !party.id && !party.name) fail(field, "required", "a party needs a GLN, an identifier or a name")
  return { ...party }
}
