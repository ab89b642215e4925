import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCompany } from "../../../../../lib/present"
import { reviewCompanyWorkflow } from "../../../../../workflows/distributor/workflows/review-company"
import type { AdminRejectDistributorType } from "../../validators"

/** POST /admin/distributors/:id/reject { reason } → { distributor } (pending → rejected) */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectDistributorType>, res: MedusaResponse) => {
  const { result } = await reviewCompanyWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "rejected", reason: req.validatedBody.reason },
  })
  res.json({ distributor: presentCompany(result) })
}
