import type { TraceRecorder } from "../../modules/traceability/actors"
import type { TraceEventInput, TraceInput } from "../../modules/traceability/types"

export interface RegisterTradeItemInput {
  variant_id: string
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin: string
}

export interface CreateLotInput {
  variant_id: string
  lot_code: string
  /** YYYY-MM-DD (a day in Vietnam). */
  production_date: string
  best_before?: string | null
  expiry_date?: string | null
  quantity_produced: number
  unit?: string | null
  origin_area: string
  inputs?: TraceInput[] | null
  /** The producer; by default the subject of the product's OCOP certificate. */
  subject_id?: string | null
  /** The instant the workflow runs at (defaults to now). */
  now?: string
}

export interface AppendTraceEventInput {
  lot_id: string
  event: TraceEventInput
  /** The producer recording the event: refused when the lot is another producer's. */
  subject_id?: string | null
  /** Who records it, as the server knows it: decides the stored actor (see actors.ts). */
  recorder: TraceRecorder
  now?: string
}

export interface AllocateFulfillmentLotsInput {
  order_id: string
  fulfillment_id: string
}

export interface PublishTraceDigestInput {
  trigger: "scheduled" | "admin"
  now?: string
}

export interface CorrectTradeItemInput {
  id: string
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin: string
}
