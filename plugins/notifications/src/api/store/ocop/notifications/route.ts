import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFeed } from "../../../../lib/feed"

/**
 * GET /store/ocop/notifications?limit&offset → { notifications, count, offset, limit, unread }: the
 * signed-in customer's own in-app notifications (orders, quotes, approvals, reviews, returns,
 * messages, followed producers and events), newest first, each with `kind`, `data` and `read`.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  res.json(await listFeed(req.scope, req.auth_context.actor_id, { skip, take }))
}
