import type { RuleError } from "../../../rules/errors"
import { parseDigitalLink, withCheckDigit } from "../../../rules/gs1"
import type { EventType, TraceEventInput, TraceLocation, TraceParty, TraceQuantity } from "../types"
import { OCOP_NAMESPACE } from "./document"

/**
 * An EPCIS 2.0 event (already valid against the schema) → the event to append to one of our lots.
 * The lot is named by class-level identifiers: a GS1 Digital Link (`https://id.gs1.org/01/{gtin}/10/{lot}`,
 * any host) or an EPC class URN (`urn:epc:class:lgtin:{company prefix}.{indicator+item ref}.{lot}`).
 */

/** The EPCIS names of our fields, so that errors name what the sender wrote. */
export const EPCIS_FIELD_NAMES: Record<string, string> = {
  event_type: "type",
  action: "action",
  biz_step: "bizStep",
  disposition: "disposition",
  event_time: "eventTime",
  event_time_zone_offset: "eventTimeZoneOffset",
  read_point: "readPoint",
  biz_location: "bizLocation",
  quantities: "quantityList",
  attachments: "ocop:attachments",
  source: "sourceList",
  destination: "destinationList",
  biz_transactions: "bizTransactionList",
  actor: "ocop:actor",
  correction_reason: "ocop:correctionReason",
}

const SUPPORTED: EventType[] = ["ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent"]

export interface LotReference {
  gtin14: string
  lot_code: string
}

export type CapturedEvent =
  { ok: true; lot: LotReference; input: TraceEventInput; field: string } | { ok: false; errors: RuleError[] }

/** Class-level identifier → GTIN-14 and lot, or null when it is not one (an SGTIN, an SSCC …). */
export function parseLotClass(uri: string): LotReference | null {
  const lgtin = /^urn:epc:class:lgtin:(\d+)\.(\d+)\.(.+)$/i.exec(uri)
  if (lgtin) {
    const [, companyPrefix, itemRef] = lgtin
    if (companyPrefix.length + itemRef.length !== 13) return null
    const gtin14 = withCheckDigit(`${itemRef[0]}${companyPrefix}${itemRef.slice(1)}`)
    let lot: string
    try {
      lot = decodeURIComponent(lgtin[3])
    } catch {
      return null
    }
    return { gtin14, lot_code: lot }
  }
  if (/^https?:\/\//i.test(uri)) {
    const parsed = parseDigitalLink(uri)
    if (parsed.ok && parsed.value.lot && !parsed.value.serial)
      return { gtin14: parsed.value.gtin, lot_code: parsed.value.lot }
  }
  return null
}

function locationFrom(value: unknown): TraceLocation | null {
  if (!value || typeof value !== "object") return null
  const v = value as Record<string, unknown>
  const id = String(v.id ?? "")
  const location: TraceLocation = {}
  const gln =
    /^https?:\/\/[^/]+\/414\/(\d{13})(?:\/254\/[^/?#]+)?\/?$/.exec(id) ?? /^urn:epc:id:sgln:(\d+)\.(\d*)\.0$/.exec(id)
  const geo = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/.exec(id)
  if (gln && gln.length === 2) location.gln = gln[1]
  else if (gln && gln.length === 3 && gln[1].length + gln[2].length === 12)
    location.gln = withCheckDigit(`${gln[1]}${gln[2]}`)
  else if (geo) {
    location.lat = Number(geo[1])
    location.lng = Number(geo[2])
  } else location.id = id
  if (typeof v["ocop:name"] === "string") location.name = v["ocop:name"] as string
  if (typeof v["ocop:address"] === "string") location.address = v["ocop:address"] as string
  return location
}

function partyFrom(list: unknown, key: "source" | "destination", name: unknown): TraceParty | null {
  if (!Array.isArray(list) || !list.length) return null
  const first = list[0] as Record<string, unknown>
  const uri = String(first[key] ?? "")
  const type = (
    ["owning_party", "possessing_party", "location"].includes(String(first.type)) ? first.type : "owning_party"
  ) as TraceParty["type"]
  const gln = /^https?:\/\/[^/]+\/41[47]\/(\d{13})\/?$/.exec(uri)
  return { type, ...(gln ? { gln: gln[1] } : { id: uri }), ...(typeof name === "string" ? { name } : {}) }
}

export function mapEpcisEvent(event: Record<string, unknown>): CapturedEvent {
  const errors: RuleError[] = []
  const type = event.type as EventType
  if (!SUPPORTED.includes(type)) {
    return {
      ok: false,
      errors: [
        {
          field: "type",
          rule: "event_type",
          message: `${String(event.type)} is not supported here: send ${SUPPORTED.join(", ")}`,
        },
      ],
    }
  }
  if (event.errorDeclaration) {
    errors.push({
      field: "errorDeclaration",
      rule: "append_only",
      message:
        "recorded events are never changed: send the corrective event with ocop:correctsEventID and ocop:correctionReason instead",
    })
  }

  // Which lot: the class-level identifiers of "this" event's objects.
  const ownLists: [string, unknown][] =
    type === "AggregationEvent"
      ? [["childQuantityList", event.childQuantityList]]
      : type === "TransformationEvent"
        ? [["outputQuantityList", event.outputQuantityList]]
        : [["quantityList", event.quantityList]]
  const epcLists: [string, unknown][] =
    type === "AggregationEvent"
      ? [["childEPCs", event.childEPCs]]
      : type === "TransformationEvent"
        ? [["outputEPCList", event.outputEPCList]]
        : [["epcList", event.epcList]]

  const refs: { ref: LotReference; field: string; quantity?: TraceQuantity }[] = []
  for (const [field, list] of ownLists) {
    if (!Array.isArray(list)) continue
    list.forEach((element: Record<string, unknown>, i: number) => {
      const ref = parseLotClass(String(element.epcClass ?? ""))
      if (!ref) {
        errors.push({
          field: `${field}[${i}].epcClass`,
          rule: "lot_class",
          message: `"${String(element.epcClass)}" does not name a lot: use https://id.gs1.org/01/{gtin}/10/{lot} or urn:epc:class:lgtin:…`,
        })
        return
      }
      refs.push({
        ref,
        field: `${field}[${i}].epcClass`,
        quantity:
          typeof element.quantity === "number"
            ? { quantity: element.quantity, ...(element.uom ? { uom: String(element.uom) } : {}) }
            : undefined,
      })
    })
  }
  for (const [field, list] of epcLists) {
    if (Array.isArray(list) && list.length) {
      errors.push({
        field,
        rule: "instance_level",
        message:
          "this marketplace traces lots: name them at class level in a quantity list (serialised items are not supported)",
      })
    }
  }
  if (!refs.length && !errors.length) {
    errors.push({
      field: ownLists[0][0],
      rule: "required",
      message:
        "name the lot the event is about, e.g. quantityList: [{ epcClass: https://id.gs1.org/01/{gtin}/10/{lot} }]",
    })
  }
  const distinct = new Set(refs.map((r) => `${r.ref.gtin14}|${r.ref.lot_code}`))
  if (distinct.size > 1) {
    errors.push({
      field: ownLists[0][0],
      rule: "one_lot",
      message: "an event can only be captured for one lot at a time: split it per lot",
    })
  }

  const quantities: TraceQuantity[] = refs.flatMap((r) => (r.quantity ? [r.quantity] : []))
  if (type === "TransformationEvent" && Array.isArray(event.inputQuantityList)) {
    for (const element of event.inputQuantityList as Record<string, unknown>[]) {
      quantities.push({
        epc_class: String(element.epcClass),
        role: "input",
        quantity: typeof element.quantity === "number" ? element.quantity : 1,
        ...(element.uom ? { uom: String(element.uom) } : {}),
      })
    }
  }

  const bizTransactions = Array.isArray(event.bizTransactionList)
    ? (event.bizTransactionList as Record<string, unknown>[]).map((t) => ({
        id: String(t.bizTransaction),
        ...(t.type ? { type: String(t.type) } : {}),
      }))
    : null
  const correctsUri =
    typeof event["ocop:correctsEventID"] === "string" ? (event["ocop:correctsEventID"] as string) : null
  const corrects = correctsUri?.startsWith(`${OCOP_NAMESPACE}event:`)
    ? correctsUri.slice(`${OCOP_NAMESPACE}event:`.length)
    : correctsUri

  if (errors.length) return { ok: false, errors }
  const input: TraceEventInput = {
    event_type: type,
    action: (type === "TransformationEvent" ? "ADD" : event.action) as TraceEventInput["action"],
    biz_step: String(event.bizStep ?? ""),
    disposition: (event.disposition as string | undefined) ?? null,
    event_time: String(event.eventTime),
    event_time_zone_offset: String(event.eventTimeZoneOffset),
    read_point: locationFrom(event.readPoint),
    biz_location: locationFrom(event.bizLocation),
    actor: (event["ocop:actor"] as TraceEventInput["actor"]) ?? null,
    quantities: quantities.length ? quantities : null,
    attachments: Array.isArray(event["ocop:attachments"])
      ? (event["ocop:attachments"] as TraceEventInput["attachments"])
      : null,
    source: partyFrom(event.sourceList, "source", event["ocop:sourceName"]),
    destination: partyFrom(event.destinationList, "destination", event["ocop:destinationName"]),
    biz_transactions: bizTransactions,
    parent_id: typeof event.parentID === "string" ? event.parentID : null,
    note: typeof event["ocop:note"] === "string" ? (event["ocop:note"] as string) : null,
    corrects_event_id: corrects,
    correction_reason:
      typeof event["ocop:correctionReason"] === "string" ? (event["ocop:correctionReason"] as string) : null,
    origin: "epcis_capture",
    external_event_id: typeof event.eventID === "string" ? event.eventID : null,
  }
  return { ok: true, lot: refs[0].ref, input, field: refs[0].field }
}
