import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { anyReturn, presentForAdmin } from "../../../../../lib/returns/present"
import { receiveReturn } from "../../../../../lib/returns/receive"

/** POST /admin/seller-returns/:id/received → { return }: the goods came back (to the operator); stock restored and the refund recorded */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const row = await anyReturn(req.scope, req.params.id)
  const result = await receiveReturn(req.scope, { id: row.id, by: "admin", actor_id: req.auth_context.actor_id })
  const [presented] = await presentForAdmin(req.scope, [result])
  res.json({ return: presented })
}
