import { AdminAppendTraceEvent, AdminCreateLot } from "@ocop/plugin-ocop/lot-validators"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"

/**
 * The certification plugin's lot and event bodies; the producer and the actor are always the
 * signed-in seller (a body naming an actor is refused: the server sets it).
 */
export const SellerCreateLot = AdminCreateLot.omit({ subject_id: true })
export const SellerAppendTraceEvent = AdminAppendTraceEvent.omit({ subject_id: true, actor: true })

/** A page of the seller's lots: ?limit (1–100, 20) &offset &order=(-)production_date|lot_code. */
export const SellerListLots = listParams({ limit: 20, max: 100 })
export const sellerListLotsConfig = listQueryConfig({ limit: 20, orderable: ["production_date", "lot_code"] })
