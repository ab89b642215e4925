import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { markRead, unreadCount } from "../../../../../../lib/feed"

/** POST /sellers/me/notifications/:id/read {} → { unread }: one of the seller's notifications read (404 otherwise). */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  await markRead(req.scope, req.member.seller_id, req.params.id)
  res.json({ unread: await unreadCount(req.scope, req.member.seller_id) })
}
