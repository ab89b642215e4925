import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../modules/seller"
import { presentSeller } from "../../../../../lib/present"
import { reviewSellerWorkflow } from "../../../../../workflows/seller/workflows/review-seller"

/** POST /admin/sellers/:id/approve → { seller } (pending or rejected → approved) */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await reviewSellerWorkflow(req.scope).run({ input: { id: req.params.id, decision: "approved" } })
  res.json({ seller: presentSeller(req.scope.resolve<SellerModuleService>(SELLER_MODULE), result) })
}
