import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { threadsForSeller } from "../../../../../../lib/present"
import { reportMessageThreadWorkflow } from "../../../../../../workflows/messages/workflows/report-message-thread"
import type { ReportThreadType } from "../../../../../validators"

/** POST /sellers/me/messages/:id/report { reason } → { thread }: the seller reports a thread to the operator */
export const POST = async (req: SellerRequest<ReportThreadType>, res: MedusaResponse) => {
  const { result } = await reportMessageThreadWorkflow(req.scope).run({
    input: {
      thread_id: req.params.id,
      party: "seller",
      party_id: req.member.seller_id,
      reason: (req.validatedBody as ReportThreadType).reason,
    },
  })
  const [thread] = await threadsForSeller(req.scope, [result])
  res.json({ thread })
}
