import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../../modules/trade-event"
import { liveSessionBoard, sellerLiveSessionIds } from "../../../../lib/live-sessions"
import { presentTradeEvent } from "../../../../lib/trade-events"

/**
 * GET /sellers/me/live-sessions → { sessions: [{ …event, pins, figures: { orders, units, revenue } }] }:
 * the live sessions the cooperative runs (newest first), with its pinned products and its own sales
 * from each session.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  const ids = await sellerLiveSessionIds(req.scope, sellerId)
  const events = ids.length
    ? await req.scope
        .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
        .listTradeEvents({ id: ids }, { order: { starts_at: "DESC", id: "ASC" }, take: ids.length })
    : []
  const boards = await liveSessionBoard(req.scope, ids, sellerId)
  const now = new Date()
  res.json({ sessions: events.map((event) => ({ ...presentTradeEvent(event, now), ...boards.get(event.id)! })) })
}
