import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addCompleteCartCheck } from "@ocop/plugin-ocop/complete-cart-checks"
import { TOURISM_MODULE, type TourismModuleService } from "../../modules/tourism"
import { assertPlacesLeft, placeRequests, slotLockKeys, type BookingLine } from "../../lib/tourism-places"

/**
 * Completing a cart books its tourism lines' places: under a lock on their slots, the places left
 * are counted again and the bookings written, so two checkouts racing for the last places never
 * both get them. If the completion fails later (payment refused), the compensation releases them.
 * A completion retried for a cart that already booked books nothing twice.
 */
export async function bookCartPlaces({ cart_id }: { cart_id: string }, container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.metadata"],
    filters: { id: cart_id },
  })
  const lines = ((data[0] as { items?: BookingLine[] } | undefined)?.items ?? []).filter((l) => l?.variant_id)
  const requests = await placeRequests(container, lines)
  if (!requests.length) return [] as string[]
  const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
  return container.resolve(Modules.LOCKING).execute(
    slotLockKeys(requests),
    async () => {
      const already = await tourism.listTourismBookings({ cart_id }, { select: ["id"], take: 1 })
      if (already.length) return [] as string[]
      await assertPlacesLeft(container, requests)
      const bookings = await tourism.createTourismBookings(
        requests.map((r) => ({ slot_id: r.slot_id, cart_id, cart_line_item_id: r.line_id!, quantity: r.quantity })),
      )
      return bookings.map((b) => b.id)
    },
    { timeout: 30 },
  )
}

addCompleteCartCheck<string[]>({
  name: "tourism-places",
  invoke: bookCartPlaces,
  compensate: async (created, container) => {
    if (created?.length) await container.resolve<TourismModuleService>(TOURISM_MODULE).deleteTourismBookings(created)
  },
})
