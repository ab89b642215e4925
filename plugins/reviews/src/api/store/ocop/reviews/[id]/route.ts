import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../../../lib/customers"
import { presentOwnReview } from "../../../../../lib/present"
import { updateOwnReviewWorkflow } from "../../../../../workflows"
import type { StoreUpdateReviewType } from "../../../../validators"

/**
 * POST /store/ocop/reviews/:id { rating?, title?, text? } → { review }: the author edits their own
 * review; another's is 404. A hidden review stays hidden.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateReviewType>, res: MedusaResponse) => {
  const customer = await signedInCustomer(req)
  const { result } = await updateOwnReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customer.id, ...req.validatedBody },
  })
  res.json({ review: presentOwnReview(result) })
}
