import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentMessage, threadsForCustomer } from "../../../../lib/present"
import { MESSAGING_MODULE, type MessagingModuleService } from "../../../../modules/messaging"
import { startMessageThreadWorkflow } from "../../../../workflows/messages/workflows/start-message-thread"
import { refuseWhenRateLimited } from "../../../respond"
import type { StoreStartThreadType } from "../../../validators"

/** GET /store/messages/threads → { threads, count, limit, offset }: the signed-in customer's threads, latest first */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take } = pageOf(req, { last_message_at: "DESC", id: "ASC" })
  const [threads, count] = await req.scope
    .resolve<MessagingModuleService>(MESSAGING_MODULE)
    .listAndCountMessageThreads(
      { customer_id: req.auth_context.actor_id },
      { skip, take, order: { last_message_at: "DESC", id: "ASC" } },
    )
  res.json({ threads: await threadsForCustomer(req.scope, threads), count, limit: take, offset: skip })
}

/**
 * POST /store/messages/threads { product_id, body } | { order_id, seller_id, body } → 201 { thread, message }:
 * asks the seller a question (the same thread again when the customer already asked about it).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreStartThreadType>, res: MedusaResponse) => {
  const written = await refuseWhenRateLimited(res, async () => {
    const { result } = await startMessageThreadWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
    })
    return result
  })
  if (!written) return
  const [thread] = await threadsForCustomer(req.scope, [written.thread])
  res.status(201).json({ thread, message: presentMessage(written.message as any) })
}
