import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { threadWithMessages } from "../../../../../lib/present"
import { MESSAGING_MODULE, type MessagingModuleService } from "../../../../../modules/messaging"

/**
 * GET /admin/messages/threads/:id → { thread } with its messages, read-only. Only a reported
 * thread: the operator does not read conversations nobody asked it to look at (404 otherwise).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [thread] = await req.scope
    .resolve<MessagingModuleService>(MESSAGING_MODULE)
    .listMessageThreads({ id: req.params.id, status: "reported" }, { take: 1 })
  if (!thread) throw notFound(`thread ${req.params.id} not found`)
  res.json({ thread: await threadWithMessages(req.scope, thread, "admin") })
}
