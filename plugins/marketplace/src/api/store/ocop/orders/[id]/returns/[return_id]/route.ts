import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderReturn, presentForBuyer } from "../../../../../../../lib/returns/present"

/** GET /store/ocop/orders/:id/returns/:return_id → { return } (a request of this order only) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const row = await orderReturn(req.scope, req.params.id, req.params.return_id)
  const [presented] = await presentForBuyer(req.scope, [row])
  res.json({ return: presented })
}
