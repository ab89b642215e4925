import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { presentSellerOrders } from "@ocop/plugin-marketplace/seller-orders"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"

export type ArrivedPart = { id: string; status: "pending" | "accepted" } | null

/**
 * After a check-in: the cooperative's order part that every visitor of has now arrived, when it is
 * a part of community-tourism services only still open (pending or accepted); else null. A part with
 * goods too is delivered when its goods are, not by the check-in.
 */
export const arrivedTourismOrderPartStep = createStep(
  "arrived-tourism-order-part",
  async (input: { booking_id: string; seller_id: string }, { container }) => {
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    const [booking] = await tourism.listTourismBookings({ id: input.booking_id })
    if (!booking?.order_id) return new StepResponse<ArrivedPart>(null)
    const bookings = await tourism.listTourismBookings(
      { order_id: booking.order_id, status: "booked" },
      { relations: ["slot"], take: null },
    )
    const waiting = bookings.some((other) => other.slot?.seller_id === input.seller_id && !other.used_at)
    if (waiting) return new StepResponse<ArrivedPart>(null)
    const [part] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerOrders({ order_id: booking.order_id, seller_id: input.seller_id }, { take: 1 })
    if (!part || (part.status !== "pending" && part.status !== "accepted")) return new StepResponse<ArrivedPart>(null)
    const [view] = await presentSellerOrders(container, [part])
    if (!view?.services_only) return new StepResponse<ArrivedPart>(null)
    return new StepResponse<ArrivedPart>({ id: part.id, status: part.status })
  },
)
