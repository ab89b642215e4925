import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listTradeEvents } from "../../../../lib/trade-events"
import type { ListTradeEventsType } from "../../../admin/ocop/events/validators"

/** GET /store/ocop/events?from=&to=&kind=&province=&limit=&offset= → { events, count, limit, offset }: the calendar (by default: live and upcoming, soonest first). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const page = pageOf(req, { starts_at: "ASC", id: "ASC" })
  const [events, count] = await listTradeEvents(req.scope, req.validatedQuery as ListTradeEventsType, page)
  res.json({ events, count, limit: page.take, offset: page.skip })
}
