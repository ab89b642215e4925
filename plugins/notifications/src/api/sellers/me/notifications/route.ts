import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { listFeed } from "../../../../lib/feed"

/**
 * GET /sellers/me/notifications?limit&offset → { notifications, count, offset, limit, unread }: the
 * seller's in-app notifications (every member sees the seller's), newest first.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  res.json(await listFeed(req.scope, req.member.seller_id, { skip, take }))
}
