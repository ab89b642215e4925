import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerOrder, presentOwnSellerOrder } from "../../../../../../lib/seller-orders"
import { advanceSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/advance-seller-order"

/** POST /sellers/me/orders/:id/pack → { order }: the accepted order is packed, ready to ship. */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  await advanceSellerOrderWorkflow(req.scope).run({
    input: { id: part.id, action: "pack" },
  })
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, part.id) })
}
