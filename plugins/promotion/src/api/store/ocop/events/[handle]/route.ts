import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../../../modules/trade-event"
import { eventProducers, presentTradeEvent } from "../../../../../lib/trade-events"
import { livePins } from "../../../../../lib/live-sessions"
import { streamEmbed } from "../../../../../lib/media-urls"

/**
 * GET /store/ocop/events/:handle → { event (with producers; a live session with `pins` [{ product_id,
 * rank, discount }] and `stream_embed` { provider, embed_url } | null), now }: also after it ended,
 * for the record.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [event] = await req.scope
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ handle: req.params.handle }, { take: 1 })
  if (!event) throw notFound(`event ${req.params.handle} not found`)
  const now = new Date()
  const live = event.kind === "live"
  const [producers, pins] = await Promise.all([
    eventProducers(req.scope, event.producer_ids),
    livePins(req.scope, live ? [event.id] : []),
  ])
  res.json({
    event: {
      ...presentTradeEvent(event, now),
      producers,
      pins: (pins.get(event.id) ?? []).map(({ product_id, rank, discount }) => ({ product_id, rank, discount })),
      stream_embed: live && event.stream_url ? streamEmbed(event.stream_url) : null,
    },
    now: now.toISOString(),
  })
}
