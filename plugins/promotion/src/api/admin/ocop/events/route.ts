import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listTradeEvents, presentTradeEvent } from "../../../../lib/trade-events"
import { saveTradeEventWorkflow } from "../../../../workflows/events/workflows/save-trade-event"
import type { AdminCreateTradeEventType, ListTradeEventsType } from "./validators"

/** GET /admin/ocop/events?from=&to=&kind=&province= → { events } (by default those not yet ended) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ events: await listTradeEvents(req.scope, req.validatedQuery as ListTradeEventsType) })
}

/** POST /admin/ocop/events { handle, title, kind, starts_at, ends_at, place | stream_url, province?, producer_ids?, product_ids? } → 201 { event } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTradeEventType>, res: MedusaResponse) => {
  const { result } = await saveTradeEventWorkflow(req.scope).run({ input: { data: req.validatedBody } })
  res.status(201).json({ event: presentTradeEvent(result) })
}
