import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { threadsForSeller } from "../../../../lib/present"
import { MESSAGING_MODULE, type MessagingModuleService } from "../../../../modules/messaging"

/**
 * GET /sellers/me/messages → { threads, count, unread, limit, offset }: the threads addressed to
 * the seller, latest first; `unread` counts the threads with something the seller has not read.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { skip, take } = pageOf(req, { last_message_at: "DESC", id: "ASC" })
  const service = req.scope.resolve<MessagingModuleService>(MESSAGING_MODULE)
  const sellerId = req.member.seller_id
  const [[threads, count], unread] = await Promise.all([
    service.listAndCountMessageThreads(
      { seller_id: sellerId },
      { skip, take, order: { last_message_at: "DESC", id: "ASC" } },
    ),
    service.listAndCountMessageThreads({ seller_id: sellerId, seller_unread: { $gt: 0 } }, { select: ["id"], take: 1 }),
  ])
  res.json({ threads: await threadsForSeller(req.scope, threads), count, unread: unread[1], limit: take, offset: skip })
}
