import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerOrder, presentOwnSellerOrder } from "../../../../../../lib/seller-orders"
import { advanceSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/advance-seller-order"

/** POST /sellers/me/orders/:id/cancel {reason} → { order }: the seller's part is cancelled and refunded in its payout line; the last open part cancels the whole order. */
export const POST = async (req: SellerRequest<{ reason: string }>, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  await advanceSellerOrderWorkflow(req.scope).run({
    input: { id: part.id, action: "cancel", reason: req.validatedBody.reason },
  })
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, part.id) })
}
