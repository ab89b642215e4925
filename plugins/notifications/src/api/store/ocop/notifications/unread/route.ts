import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unreadCount } from "../../../../../lib/feed"

/** GET /store/ocop/notifications/unread → { unread }: the header's count (private, never cached). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ unread: await unreadCount(req.scope, req.auth_context.actor_id) })
}
