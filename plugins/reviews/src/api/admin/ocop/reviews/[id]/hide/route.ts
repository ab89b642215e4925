import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminReview } from "../../../../../../lib/present"
import { moderateReviewWorkflow } from "../../../../../../workflows"

/** POST /admin/ocop/reviews/:id/hide { reason } → { review }: gone from the product's page and average; the author is told. */
export const POST = async (req: MedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, hidden: true, reason: req.validatedBody.reason },
  })
  res.json({ review: presentAdminReview(result) })
}
