import { createHash } from "node:crypto"
import { lotEpcClass } from "../../../rules/gs1"
import type { LotMasterData, TraceEventInput, TraceLocation, TraceParty, TraceQuantity } from "../types"

/**
 * EPCIS 2.0 JSON-LD (GS1/ISO 19987) from the stored history. Standard fields carry the standard
 * data; what EPCIS has no field for (the actor, attachments, the hash chain, names and addresses
 * of places without a GLN) goes in `ocop:` extension properties, declared in the `@context`.
 */

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld"
/** The namespace of the extension properties (a URN: nothing to resolve, nobody else's domain). */
export const OCOP_NAMESPACE = "urn:ocop:trace:"
export const EPCIS_MEDIA_TYPE = "application/ld+json"

/** A stored lot as the export reads it: its master data, id and hash (inputs as stored, unchecked). */
export type ExportLot = Omit<LotMasterData, "variant_id" | "product_id" | "inputs"> & {
  id: string
  inputs?: unknown
  master_hash: string
}

export type ExportEvent = Omit<TraceEventInput, "event_time"> & {
  id: string
  lot_id: string
  sequence: number
  event_time: string | Date
  created_at?: string | Date | null
  content_hash: string
  previous_hash: string
}

export function eventUri(event: { id: string; external_event_id?: string | null }): string {
  return event.external_event_id || `${OCOP_NAMESPACE}event:${event.id}`
}

/** An instant written in the event's own offset: 2025-08-15T07:30:00.000+07:00. */
export function formatWithOffset(instant: string | Date, offset = "+07:00"): string {
  const date = new Date(instant)
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  if (!match) return date.toISOString()
  const minutes = (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
  const shifted = new Date(date.getTime() + minutes * 60_000).toISOString()
  return `${shifted.slice(0, -1)}${offset}`
}

function shortHash(text: string) {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)
}

/** GLN → https://id.gs1.org/414/{gln}; else its URI; else geo:lat,lng; else a URN from its name and address. */
export function locationUri(location: TraceLocation): string {
  if (location.gln) return `https://id.gs1.org/414/${location.gln}`
  if (location.id) return location.id
  if (typeof location.lat === "number" && typeof location.lng === "number") return `geo:${location.lat},${location.lng}`
  return `${OCOP_NAMESPACE}place:${shortHash(`${location.name ?? ""}|${location.address ?? ""}`)}`
}

function epcisLocation(location: TraceLocation | null | undefined) {
  if (!location) return undefined
  const out: Record<string, unknown> = { id: locationUri(location) }
  if (location.name) out["ocop:name"] = location.name
  if (location.address) out["ocop:address"] = location.address
  if (
    typeof location.lat === "number" &&
    typeof location.lng === "number" &&
    out.id !== `geo:${location.lat},${location.lng}`
  ) {
    out["ocop:geo"] = `geo:${location.lat},${location.lng}`
  }
  return out
}

/** Party GLN → https://id.gs1.org/417/{gln} (a location: 414); else its URI; else a URN. */
export function partyUri(party: TraceParty): string {
  if (party.gln) return `https://id.gs1.org/${party.type === "location" ? "414" : "417"}/${party.gln}`
  if (party.id) return party.id
  return `${OCOP_NAMESPACE}party:${shortHash(`${party.name ?? ""}|${party.address ?? ""}`)}`
}

function quantityElement(epcClass: string, q?: TraceQuantity | null) {
  const out: Record<string, unknown> = { epcClass }
  if (q && typeof q.quantity === "number") out.quantity = q.quantity
  if (q?.uom && q.uom !== "H87") out.uom = q.uom
  return out
}

/** Lot master data as ILMD (instance/lot master data) on the event that creates the lot. */
export function lotIlmd(lot: ExportLot) {
  const ilmd: Record<string, unknown> = {
    "cbvmda:lotNumber": lot.lot_code,
    "cbvmda:countryOfOrigin": "VN",
    "ocop:productionDate": lot.production_date,
    "ocop:originArea": lot.origin_area,
    "ocop:quantityProduced": lot.quantity_produced,
  }
  if (lot.best_before) ilmd["cbvmda:bestBeforeDate"] = lot.best_before
  if (lot.expiry_date) ilmd["cbvmda:itemExpirationDate"] = lot.expiry_date
  if (Array.isArray(lot.inputs) && lot.inputs.length) ilmd["ocop:inputs"] = lot.inputs
  ilmd["ocop:masterDataHash"] = lot.master_hash
  return ilmd
}

export function toEpcisEvent(
  event: ExportEvent,
  lot: ExportLot,
  corrections: ExportEvent[] = [],
): Record<string, unknown> {
  const epcClass = lotEpcClass(lot.gtin14, lot.lot_code)
  const own = (event.quantities ?? []).filter((q) => !q.epc_class && q.role !== "input")
  const inputs = (event.quantities ?? []).filter((q) => q.role === "input" && q.epc_class)
  const out: Record<string, unknown> = {
    type: event.event_type,
    eventID: eventUri(event),
    eventTime: formatWithOffset(event.event_time, event.event_time_zone_offset ?? "+07:00"),
    eventTimeZoneOffset: event.event_time_zone_offset ?? "+07:00",
  }
  if (event.created_at) out.recordTime = new Date(event.created_at).toISOString()
  const ownList = own.length ? own.map((q) => quantityElement(epcClass, q)) : [quantityElement(epcClass)]

  switch (event.event_type) {
    case "ObjectEvent":
      out.action = event.action
      out.quantityList = ownList
      break
    case "AggregationEvent":
      out.action = event.action
      if (event.parent_id) out.parentID = event.parent_id
      out.childQuantityList = ownList
      break
    case "TransactionEvent":
      out.action = event.action
      if (event.parent_id) out.parentID = event.parent_id
      out.quantityList = ownList
      break
    case "TransformationEvent": {
      const inputList = inputs.map((q) => quantityElement(q.epc_class!, q))
      if (inputList.length) out.inputQuantityList = inputList
      out.outputQuantityList = ownList
      break
    }
  }
  out.bizStep = event.biz_step
  if (event.disposition) out.disposition = event.disposition
  const readPoint = epcisLocation(event.read_point)
  if (readPoint) out.readPoint = readPoint
  const bizLocation = epcisLocation(event.biz_location)
  if (bizLocation) out.bizLocation = bizLocation
  if (event.biz_transactions?.length) {
    out.bizTransactionList = event.biz_transactions.map((t) => ({
      ...(t.type ? { type: t.type } : {}),
      bizTransaction: t.id,
    }))
  }
  if (event.source) out.sourceList = [{ type: event.source.type, source: partyUri(event.source) }]
  if (event.destination)
    out.destinationList = [{ type: event.destination.type, destination: partyUri(event.destination) }]
  const createsLot =
    (event.event_type === "ObjectEvent" && event.action === "ADD" && event.biz_step === "commissioning") ||
    event.event_type === "TransformationEvent"
  if (createsLot) out.ilmd = lotIlmd(lot)

  // A later event corrects this one: say so the EPCIS way, without changing what was recorded.
  if (corrections.length) {
    const first = [...corrections].sort((a, b) => a.sequence - b.sequence)[0]
    out.errorDeclaration = {
      declarationTime: new Date(first.created_at ?? first.event_time).toISOString(),
      reason: "incorrect_data",
      correctiveEventIDs: corrections.map(eventUri),
    }
  }

  if (event.actor) out["ocop:actor"] = event.actor
  if (event.source?.name) out["ocop:sourceName"] = event.source.name
  if (event.destination?.name) out["ocop:destinationName"] = event.destination.name
  if (event.attachments?.length) out["ocop:attachments"] = event.attachments
  if (event.note) out["ocop:note"] = event.note
  if (event.corrects_event_id) {
    out["ocop:correctsEventID"] = `${OCOP_NAMESPACE}event:${event.corrects_event_id}`
    if (event.correction_reason) out["ocop:correctionReason"] = event.correction_reason
  }
  out["ocop:lotSequence"] = event.sequence
  out["ocop:previousHash"] = event.previous_hash
  out["ocop:contentHash"] = event.content_hash
  return out
}

/** An EPCISDocument with the events of the given lots (each event's lot must be in `lots`). */
export function buildEpcisDocument(input: {
  lots: ExportLot[]
  events: ExportEvent[]
  /** Further events that correct some of `events` (not exported themselves, only declared). */
  corrections?: ExportEvent[]
  now?: Date
  sender?: string
  /** The lot's integrity check (hash chain and published digest), stated beside the events. */
  verification?: unknown
}) {
  const lots = new Map(input.lots.map((lot) => [lot.id, lot]))
  const corrections = new Map<string, ExportEvent[]>()
  const seen = new Set<string>()
  for (const event of [...input.events, ...(input.corrections ?? [])]) {
    if (seen.has(event.id)) continue
    seen.add(event.id)
    if (event.corrects_event_id) {
      corrections.set(event.corrects_event_id, [...(corrections.get(event.corrects_event_id) ?? []), event])
    }
  }
  const events = [...input.events].sort(
    (a, b) =>
      new Date(a.event_time).getTime() - new Date(b.event_time).getTime() ||
      a.lot_id.localeCompare(b.lot_id) ||
      a.sequence - b.sequence,
  )
  const document: Record<string, unknown> = {
    "@context": [EPCIS_CONTEXT, { ocop: OCOP_NAMESPACE }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: (input.now ?? new Date()).toISOString(),
  }
  if (input.sender) document.sender = input.sender
  if (input.verification !== undefined) document["ocop:verification"] = input.verification
  document.epcisBody = {
    eventList: events.map((event) => {
      const lot = lots.get(event.lot_id)
      if (!lot) throw new Error(`event ${event.id}: its lot ${event.lot_id} was not given`)
      return toEpcisEvent(event, lot, corrections.get(event.id) ?? [])
    }),
  }
  return document
}
