import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../../../modules/trade-event"
import { eventProducers, presentTradeEvent } from "../../../../../lib/trade-events"
import { saveTradeEventWorkflow } from "../../../../../workflows/events/workflows/save-trade-event"
import type { AdminUpdateTradeEventType } from "../validators"

/** GET /admin/ocop/events/:id → { event (with its producers' names) } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [event] = await req.scope
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ id: req.params.id }, { take: 1 })
  if (!event) throw notFound(`event ${req.params.id} not found`)
  res.json({ event: { ...presentTradeEvent(event), producers: await eventProducers(req.scope, event.producer_ids) } })
}

/** POST /admin/ocop/events/:id { any field of the event } → { event } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTradeEventType>, res: MedusaResponse) => {
  const { result } = await saveTradeEventWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ event: presentTradeEvent(result) })
}

/** DELETE /admin/ocop/events/:id → { id, deleted } */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
  const [event] = await service.listTradeEvents({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!event) throw notFound(`event ${req.params.id} not found`)
  await service.softDeleteTradeEvents(req.params.id)
  res.json({ id: req.params.id, object: "trade_event", deleted: true })
}
