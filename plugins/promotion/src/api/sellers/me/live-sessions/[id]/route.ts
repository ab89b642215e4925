import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { liveSessionBoard, liveSessionFor } from "../../../../../lib/live-sessions"
import { presentTradeEvent } from "../../../../../lib/trade-events"

/** GET /sellers/me/live-sessions/:id → { session: { …event, pins, figures } } (404 for a session it does not run). */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  const event = await liveSessionFor(req.scope, req.params.id, sellerId)
  const boards = await liveSessionBoard(req.scope, [event.id], sellerId)
  res.json({ session: { ...presentTradeEvent(event), ...boards.get(event.id)! } })
}
