import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../../../modules/trade-event"
import { eventProducers, presentTradeEvent } from "../../../../../lib/trade-events"

/** GET /store/ocop/events/:handle → { event (with producers), now }: also after it ended, for the record. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [event] = await req.scope
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ handle: req.params.handle }, { take: 1 })
  if (!event) throw notFound(`event ${req.params.handle} not found`)
  const now = new Date()
  res.json({
    event: { ...presentTradeEvent(event, now), producers: await eventProducers(req.scope, event.producer_ids) },
    now: now.toISOString(),
  })
}
