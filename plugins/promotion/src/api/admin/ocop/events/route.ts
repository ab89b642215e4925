import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listTradeEvents, presentTradeEvent } from "../../../../lib/trade-events"
import { saveTradeEventWorkflow } from "../../../../workflows/events/workflows/save-trade-event"
import type { AdminCreateTradeEventType, ListTradeEventsType } from "./validators"

/** GET /admin/ocop/events?from=&to=&kind=&province=&limit=&offset= → { events, count, limit, offset } (by default those not yet ended, soonest first) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const page = pageOf(req, { starts_at: "ASC", id: "ASC" })
  const [events, count] = await listTradeEvents(req.scope, req.validatedQuery as ListTradeEventsType, page)
  res.json({ events, count, limit: page.take, offset: page.skip })
}

/** POST /admin/ocop/events { handle, title, kind, starts_at, ends_at, place | stream_url, province?, producer_ids?, product_ids? } → 201 { event } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTradeEventType>, res: MedusaResponse) => {
  const { result } = await saveTradeEventWorkflow(req.scope).run({ input: { data: req.validatedBody } })
  res.status(201).json({ event: presentTradeEvent(result) })
}
