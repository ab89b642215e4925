import { AdminAppendTraceEvent, AdminCreateLot } from "@ocop/plugin-ocop/lot-validators"

/**
 * The certification plugin's lot and event bodies; the producer and the actor are always the
 * signed-in seller (a body naming an actor is refused: the server sets it).
 */
export const SellerCreateLot = AdminCreateLot.omit({ subject_id: true })
export const SellerAppendTraceEvent = AdminAppendTraceEvent.omit({ subject_id: true, actor: true })
