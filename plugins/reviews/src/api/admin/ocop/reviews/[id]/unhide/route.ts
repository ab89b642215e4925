import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminReview } from "../../../../../../lib/present"
import { moderateReviewWorkflow } from "../../../../../../workflows"

/** POST /admin/ocop/reviews/:id/unhide → { review }: shown again and counted in the average. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await moderateReviewWorkflow(req.scope).run({ input: { id: req.params.id, hidden: false } })
  res.json({ review: presentAdminReview(result) })
}
