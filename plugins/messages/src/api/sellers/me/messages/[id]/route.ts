import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { threadWithMessages } from "../../../../../lib/present"
import { readMessageThreadWorkflow } from "../../../../../workflows/messages/workflows/read-message-thread"

/** GET /sellers/me/messages/:id → { thread } with its messages (404 unless addressed to this seller); marks it read */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { result } = await readMessageThreadWorkflow(req.scope).run({
    input: { thread_id: req.params.id, party: "seller", party_id: req.member.seller_id },
  })
  res.json({ thread: await threadWithMessages(req.scope, { ...result, seller_unread: 0 }, "seller") })
}
