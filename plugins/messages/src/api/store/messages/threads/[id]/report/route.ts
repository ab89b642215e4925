import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { threadsForCustomer } from "../../../../../../lib/present"
import { reportMessageThreadWorkflow } from "../../../../../../workflows/messages/workflows/report-message-thread"
import type { ReportThreadType } from "../../../../../validators"

/** POST /store/messages/threads/:id/report { reason } → { thread }: the operator may read it from now on */
export const POST = async (req: AuthenticatedMedusaRequest<ReportThreadType>, res: MedusaResponse) => {
  const { result } = await reportMessageThreadWorkflow(req.scope).run({
    input: {
      thread_id: req.params.id,
      party: "customer",
      party_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
    },
  })
  const [thread] = await threadsForCustomer(req.scope, [result])
  res.json({ thread })
}
