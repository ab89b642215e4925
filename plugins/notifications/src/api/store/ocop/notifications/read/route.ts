import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markAllRead, unreadCount } from "../../../../../lib/feed"

/** POST /store/ocop/notifications/read {} → { unread: 0 }: all of one's notifications read. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await markAllRead(req.scope, req.auth_context.actor_id)
  res.json({ unread: await unreadCount(req.scope, req.auth_context.actor_id) })
}
