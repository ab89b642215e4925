import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../modules/seller"
import { presentSeller } from "../../../../../lib/present"
import { reviewSellerWorkflow } from "../../../../../workflows/seller/workflows/review-seller"
import type { AdminRejectSellerType } from "../../validators"

/** POST /admin/sellers/:id/reject { reason } → { seller } (pending → rejected) */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectSellerType>, res: MedusaResponse) => {
  const { result } = await reviewSellerWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "rejected", reason: req.validatedBody.reason },
  })
  res.json({ seller: presentSeller(req.scope.resolve<SellerModuleService>(SELLER_MODULE), result) })
}
