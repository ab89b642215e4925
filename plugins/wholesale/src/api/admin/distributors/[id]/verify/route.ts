import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCompany } from "../../../../../lib/present"
import { reviewCompanyWorkflow } from "../../../../../workflows/distributor/workflows/review-company"

/** POST /admin/distributors/:id/verify → { distributor } (pending|rejected → verified; its members see wholesale prices) */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await reviewCompanyWorkflow(req.scope).run({ input: { id: req.params.id, decision: "verified" } })
  res.json({ distributor: presentCompany(result) })
}
