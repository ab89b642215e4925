import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { markAllRead, unreadCount } from "../../../../../lib/feed"

/** POST /sellers/me/notifications/read {} → { unread: 0 }: all of the seller's notifications read. */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  await markAllRead(req.scope, req.member.seller_id)
  res.json({ unread: await unreadCount(req.scope, req.member.seller_id) })
}
