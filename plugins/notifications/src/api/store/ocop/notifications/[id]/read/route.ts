import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markRead, unreadCount } from "../../../../../../lib/feed"

/** POST /store/ocop/notifications/:id/read {} → { unread }: one of one's own notifications read (404 otherwise). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await markRead(req.scope, req.auth_context.actor_id, req.params.id)
  res.json({ unread: await unreadCount(req.scope, req.auth_context.actor_id) })
}
