import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"

/** The bookings made when a cart was completed belong to the order it became. */
export const bindTourismBookingsStep = createStep(
  "bind-tourism-bookings",
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "cart.id"],
      filters: { id: input.order_id },
    })
    const cartId = (data[0] as { cart?: { id: string } | null } | undefined)?.cart?.id
    if (!cartId) return new StepResponse([], [])
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    const bookings = await tourism.listTourismBookings({ cart_id: cartId, order_id: null }, { take: null })
    if (!bookings.length) return new StepResponse([], [])
    const bound = await tourism.updateTourismBookings(bookings.map((b) => ({ id: b.id, order_id: input.order_id })))
    return new StepResponse(
      bound,
      bookings.map((b) => b.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<TourismModuleService>(TOURISM_MODULE)
        .updateTourismBookings(ids.map((id) => ({ id, order_id: null })))
  },
)
