import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"
import { tourismRefusal } from "../../../lib/tourism-errors"

export type CheckInInput = { booking_id: string; seller_id: string; member_id: string }

/**
 * The cooperative checks a visitor in: the booking must be on one of its own slots (another
 * cooperative's voucher is refused as unknown), of an order not cancelled, and not used before.
 */
export const checkInTourismBookingStep = createStep(
  "check-in-tourism-booking",
  async (input: CheckInInput, { container }) => {
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    // Two desks scanning the same voucher at once: one checks it in, the other hears it was used.
    return container.resolve(Modules.LOCKING).execute(`tourism-booking:${input.booking_id}`, async () => {
      const [booking] = await tourism.listTourismBookings({ id: input.booking_id }, { relations: ["slot"] })
      if (!booking || booking.slot?.seller_id !== input.seller_id || !booking.order_id)
        throw tourismRefusal("voucher_invalid", "this voucher is not one of this cooperative's bookings")
      if (booking.status === "cancelled") throw tourismRefusal("booking_cancelled", "this booking was cancelled")
      if (booking.used_at)
        throw tourismRefusal(
          "voucher_used",
          `this voucher was checked in at ${new Date(booking.used_at).toISOString()}`,
        )
      await tourism.updateTourismBookings({ id: booking.id, used_at: new Date(), checked_in_by: input.member_id })
      return new StepResponse(booking.id, booking.id)
    })
  },
  async (id, { container }) => {
    if (id)
      await container
        .resolve<TourismModuleService>(TOURISM_MODULE)
        .updateTourismBookings({ id, used_at: null, checked_in_by: null })
  },
)
