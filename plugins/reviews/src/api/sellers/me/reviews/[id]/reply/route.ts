import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { presentSellerReview } from "../../../../../../lib/present"
import { replyToReviewWorkflow } from "../../../../../../workflows"

/**
 * POST /sellers/me/reviews/:id/reply { text } → { review }: the producer's one public reply to a
 * review of its own product (another seller's review is 404; a second reply 422).
 */
export const POST = async (req: SellerRequest<{ text: string }>, res: MedusaResponse) => {
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { id: req.params.id, seller_id: req.member.seller_id, text: req.validatedBody.text },
  })
  res.json({ review: presentSellerReview(result) })
}
