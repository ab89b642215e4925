import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../../../modules/trade-event"
import { deletePromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { eventProducers, presentTradeEvent } from "../../../../../lib/trade-events"
import { liveSessionBoard } from "../../../../../lib/live-sessions"
import { saveTradeEventWorkflow } from "../../../../../workflows/events/workflows/save-trade-event"
import type { AdminUpdateTradeEventType } from "../validators"

/** GET /admin/ocop/events/:id → { event (with its producers' names; a live session's pins and figures) } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [event] = await req.scope
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ id: req.params.id }, { take: 1 })
  if (!event) throw notFound(`event ${req.params.id} not found`)
  const [producers, boards] = await Promise.all([
    eventProducers(req.scope, event.producer_ids),
    liveSessionBoard(req.scope, event.kind === "live" ? [event.id] : []),
  ])
  // A live session also gives its pinned products with their session prices, and its sales.
  res.json({ event: { ...presentTradeEvent(event), producers, ...(boards.get(event.id) ?? {}) } })
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
  // A deleted session's prices end with it.
  const pins = await service.listLivePins({ event_id: req.params.id }, { select: ["promotion_id"] })
  const promotionIds = pins.flatMap((pin) => (pin.promotion_id ? [pin.promotion_id] : []))
  if (promotionIds.length) await deletePromotionsWorkflow(req.scope).run({ input: { ids: promotionIds } })
  res.json({ id: req.params.id, object: "trade_event", deleted: true })
}
