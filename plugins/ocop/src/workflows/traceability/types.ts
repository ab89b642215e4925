import type { TraceRecorder } from "../../modules/traceability/actors"
import type { LotMasterData, TraceEventInput } from "../../modules/traceability/types"

export interface RegisterTradeItemInput {
  variant_id: string
  /** GTIN-8/12/13/14; stored as GTIN-14. */
  gtin: string
}

/** A new lot: its master data (`production_date` a day in Vietnam, YYYY-MM-DD) without what the variant gives. */
export type CreateLotInput = Omit<LotMasterData, "gtin14" | "product_id" | "subject_id"> & {
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
