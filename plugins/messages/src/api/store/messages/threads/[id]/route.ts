import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { threadWithMessages } from "../../../../../lib/present"
import { readMessageThreadWorkflow } from "../../../../../workflows/messages/workflows/read-message-thread"

/** GET /store/messages/threads/:id → { thread } with its messages (404 unless it is the customer's); marks it read */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await readMessageThreadWorkflow(req.scope).run({
    input: { thread_id: req.params.id, party: "customer", party_id: req.auth_context.actor_id },
  })
  res.json({ thread: await threadWithMessages(req.scope, { ...result, customer_unread: 0 }, "customer") })
}
