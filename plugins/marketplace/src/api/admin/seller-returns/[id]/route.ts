import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { anyReturn, presentForAdmin } from "../../../../lib/returns/present"

/** GET /admin/seller-returns/:id → { return } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [presented] = await presentForAdmin(req.scope, [await anyReturn(req.scope, req.params.id)])
  res.json({ return: presented })
}
