import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { unreadCount } from "../../../../../lib/feed"

/** GET /sellers/me/notifications/unread → { unread }: the portal nav's count (private, never cached). */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ unread: await unreadCount(req.scope, req.member.seller_id) })
}
