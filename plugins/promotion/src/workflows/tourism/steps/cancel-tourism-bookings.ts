import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"

/** A cancelled order's bookings give their places back to their slots; their vouchers stop checking in. */
export const cancelTourismBookingsStep = createStep(
  "cancel-tourism-bookings",
  async (input: { order_id: string }, { container }) => {
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    const bookings = await tourism.listTourismBookings({ order_id: input.order_id, status: "booked" }, { take: null })
    if (!bookings.length) return new StepResponse([], [])
    const cancelled = await tourism.updateTourismBookings(
      bookings.map((b) => ({ id: b.id, status: "cancelled" as const })),
    )
    return new StepResponse(
      cancelled,
      bookings.map((b) => b.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<TourismModuleService>(TOURISM_MODULE)
        .updateTourismBookings(ids.map((id) => ({ id, status: "booked" as const })))
  },
)
