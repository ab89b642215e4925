import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { bookingById } from "../../../../../lib/tourism-bookings"
import { tourismRefusal } from "../../../../../lib/tourism-errors"
import { readVoucherCode, voucherSecret } from "../../../../../lib/tourism-voucher"
import { checkInTourismBookingWorkflow } from "../../../../../workflows/tourism/workflows/check-in-tourism-booking"
import type { SellerCheckInType } from "../validators"

/**
 * POST /sellers/me/tourism/check-ins { code } → { booking }: checks a visitor's voucher in and shows
 * the booking. A voucher checked in before answers 409 with the booking and when it was used; a
 * code that is not this cooperative's booking (forged, mistyped, another cooperative's) answers 404.
 */
export const POST = async (req: SellerRequest<SellerCheckInType>, res: MedusaResponse) => {
  const bookingId = readVoucherCode(req.validatedBody.code, voucherSecret(req.scope))
  const found = bookingId ? await bookingById(req.scope, bookingId) : null
  if (!found?.row || found.row.slot.seller_id !== req.member.seller_id || !found.views[0]?.order_id)
    throw tourismRefusal("voucher_invalid", "this voucher is not one of this cooperative's bookings")
  if (found.row.used_at || found.row.status === "cancelled") {
    const reason = found.row.status === "cancelled" ? "booking_cancelled" : "voucher_used"
    res.status(409).json({
      type: "conflict",
      code: reason,
      message: `tourism_slot (${reason}): this voucher cannot be checked in again`,
      booking: found.views[0],
    })
    return
  }
  await checkInTourismBookingWorkflow(req.scope).run({
    input: { booking_id: found.row.id, seller_id: req.member.seller_id, member_id: req.member.id },
  })
  const { views } = await bookingById(req.scope, found.row.id)
  res.json({ booking: views[0] })
}
