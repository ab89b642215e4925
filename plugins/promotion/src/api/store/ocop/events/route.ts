import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listTradeEvents } from "../../../../lib/trade-events"
import type { ListTradeEventsType } from "../../../admin/ocop/events/validators"

/** GET /store/ocop/events?from=&to=&kind=&province= → { events }: the calendar (by default: live and upcoming). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ events: await listTradeEvents(req.scope, req.validatedQuery as ListTradeEventsType) })
}
