import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { threadsForAdmin } from "../../../../lib/present"
import { MESSAGING_MODULE, type MessagingModuleService } from "../../../../modules/messaging"

/** GET /admin/messages/threads → { threads, count, limit, offset }: the reported threads, latest report first */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take } = pageOf(req, { reported_at: "DESC", id: "ASC" })
  const [threads, count] = await req.scope
    .resolve<MessagingModuleService>(MESSAGING_MODULE)
    .listAndCountMessageThreads({ status: "reported" }, { skip, take, order: { reported_at: "DESC", id: "ASC" } })
  res.json({ threads: await threadsForAdmin(req.scope, threads), count, limit: take, offset: skip })
}
