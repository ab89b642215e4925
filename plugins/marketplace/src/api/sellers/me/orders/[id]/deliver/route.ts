import type { MedusaResponse } from "@medusajs/framework/http"
import { invalid } from "@ocop/plugin-ocop/errors"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerOrder, presentOwnSellerOrder, presentSellerOrders } from "../../../../../../lib/seller-orders"
import { deliverSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/deliver-seller-order"

/**
 * POST /sellers/me/orders/:id/deliver → { order }: the buyer has received the shipped part (the
 * carrier delivered it, cash on delivery collected). Goods must have been shipped first (400).
 */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  const [current] = await presentSellerOrders(req.scope, [part])
  if (!current.services_only && part.status !== "shipped") {
    throw invalid(
      "status",
      "seller_order_status",
      `an order part that is ${part.status} is shipped before it is delivered`,
    )
  }
  await deliverSellerOrderWorkflow(req.scope).run({ input: { id: part.id } })
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, part.id) })
}
