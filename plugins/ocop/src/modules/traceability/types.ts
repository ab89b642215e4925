import type { TraceLocation } from "@ocop/reference"
import type { EVENT_ACTIONS, EVENT_TYPES } from "./models/trace-event"

export type EventType = (typeof EVENT_TYPES)[number]
export type EventAction = (typeof EVENT_ACTIONS)[number]

/** A place: a GLN where known, otherwise a name, an address and coordinates. */
export type { TraceLocation }

export interface TraceActor {
  name: string
  subject_id?: string | null
  /** Set by the server when a seller records the event. */
  seller_id?: string | null
  gln?: string | null
  role?: string | null
  /** Who recorded the event, set by the server (see actors.ts). */
  recorded_by?: { type: "seller" | "admin" | "epcis_capture" | "seed"; id?: string | null } | null
}

export interface TraceParty {
  type: "owning_party" | "possessing_party" | "location"
  id?: string | null
  gln?: string | null
  name?: string | null
  address?: string | null
}

export interface TraceQuantity {
  quantity: number
  /** UN/ECE rec. 20 unit code (KGM, LTR, H87 …); absent = pieces (EPCIS: no uom). */
  uom?: string | null
  /** Another lot's class (inputs of a transformation); absent = this lot. */
  epc_class?: string | null
  role?: "input" | "output" | null
}

export interface TraceAttachment {
  url: string
  kind: string
  name?: string | null
}

export interface TraceBizTransaction {
  type?: string | null
  id: string
}

export interface TraceInput {
  gtin?: string | null
  lot?: string | null
  producer?: string | null
  name?: string | null
}

/** What is appended to a lot's history (the chain fields are computed by the service). */
export interface TraceEventInput {
  event_type: EventType
  action: EventAction
  biz_step: string
  disposition?: string | null
  event_time: string | Date
  event_time_zone_offset?: string | null
  read_point?: TraceLocation | null
  biz_location?: TraceLocation | null
  actor?: TraceActor | null
  quantities?: TraceQuantity[] | null
  attachments?: TraceAttachment[] | null
  source?: TraceParty | null
  destination?: TraceParty | null
  biz_transactions?: TraceBizTransaction[] | null
  parent_id?: string | null
  note?: string | null
  corrects_event_id?: string | null
  correction_reason?: string | null
  origin?: string | null
  external_event_id?: string | null
}

export interface LotMasterData {
  gtin14: string
  lot_code: string
  variant_id: string
  product_id: string
  subject_id: string
  production_date: string
  best_before?: string | null
  expiry_date?: string | null
  quantity_produced: number
  unit?: string | null
  origin_area: string
  inputs?: TraceInput[] | null
}

export interface BrokenLink {
  /** null when the lot's master data itself was changed, or events are missing at the end. */
  event_id: string | null
  sequence: number
  reason:
    | "content_changed"
    | "previous_hash_mismatch"
    | "sequence_gap"
    | "lot_master_changed"
    | "event_deleted"
    | "event_missing"
    | "head_mismatch"
    /** The history no longer gives the head a published digest recorded. */
    | "digest_mismatch"
  expected_hash: string
  stored_hash: string
  message: string
}

export interface ChainVerification {
  valid: boolean
  /** Events checked (the lot's master data is checked too, as sequence 0). */
  checked: number
  first_broken?: BrokenLink
}
