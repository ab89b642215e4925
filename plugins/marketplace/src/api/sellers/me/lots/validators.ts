import { AdminAppendTraceEvent, AdminCreateLot } from "@ocop/plugin-ocop/lot-validators"

/** The certification plugin's lot and event bodies; the producer is always the signed-in seller. */
export const SellerCreateLot = AdminCreateLot.omit({ subject_id: true })
export const SellerAppendTraceEvent = AdminAppendTraceEvent.omit({ subject_id: true })
