import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TOURISM_MODULE, type TourismModuleService } from "../../../../../../../modules/tourism"
import { presentSlots } from "../../../../../../../lib/tourism-slots"

/** How far ahead a product page lists slots, and how many at most. */
const DAYS_AHEAD = 120
const LIMIT = 60

/**
 * GET /store/ocop/tourism/products/:id/slots → { slots: [{ id, variant_id, starts_at, time_zone,
 * capacity, booked, left, closed, open }] }: the coming slots of a tourism product, soonest first;
 * full and closed ones are listed with `open: false`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const until = new Date(now.getTime() + DAYS_AHEAD * 86_400_000)
  const slots = await req.scope
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismSlots(
      { product_id: req.params.id, starts_at: { $gt: now, $lte: until } },
      { take: LIMIT, order: { starts_at: "ASC", id: "ASC" } },
    )
  res.json({ slots: await presentSlots(req.scope, slots, now) })
}
