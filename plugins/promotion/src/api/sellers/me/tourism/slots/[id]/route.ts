import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TOURISM_MODULE, type TourismModuleService } from "../../../../../../modules/tourism"
import { slotBookings } from "../../../../../../lib/tourism-bookings"
import { presentSlots } from "../../../../../../lib/tourism-slots"

/** GET /sellers/me/tourism/slots/:id → { slot, bookings } (404 for another seller's slot) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const [slot] = await req.scope
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismSlots({ id: req.params.id, seller_id: req.member.seller_id })
  if (!slot) throw notFound(`slot ${req.params.id} not found`)
  const [view] = await presentSlots(req.scope, [slot])
  res.json({ slot: view, bookings: await slotBookings(req.scope, slot.id) })
}
