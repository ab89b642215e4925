import { MedusaError } from "@medusajs/framework/utils"

/**
 * Refusals of tourism bookings. The message starts with `tourism_slot (<reason>)` so that a page
 * can tell the visitor what to do in its own language (storefront lib/refusals) without showing it.
 */
export type TourismRefusal =
  | "slot_required"
  | "slot_not_found"
  | "slot_closed"
  | "slot_past"
  | "slot_full"
  | "slot_exists"
  | "not_a_service"
  | "voucher_invalid"
  | "voucher_used"
  | "booking_cancelled"

export function tourismRefusal(reason: TourismRefusal, message: string): MedusaError {
  // Not CONFLICT: Medusa's error handler replaces a conflict's message, and with it the reason.
  const type =
    reason === "slot_not_found" || reason === "voucher_invalid"
      ? MedusaError.Types.NOT_FOUND
      : reason === "slot_exists"
        ? MedusaError.Types.DUPLICATE_ERROR
        : MedusaError.Types.NOT_ALLOWED
  return new MedusaError(type, `tourism_slot (${reason}): ${message}`)
}
