import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import {
  assertShippable,
  ownSellerOrder,
  presentOwnSellerOrder,
  presentSellerOrders,
} from "../../../../../../lib/seller-orders"
import { advanceSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/advance-seller-order"

/**
 * POST /sellers/me/orders/:id/pack → { order }: the accepted order is packed, ready to ship. A part
 * of community-tourism services only has nothing to pack (400): its vouchers are checked in.
 */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  const [current] = await presentSellerOrders(req.scope, [part])
  assertShippable(current, "pack")
  await advanceSellerOrderWorkflow(req.scope).run({
    input: { id: part.id, action: "pack" },
  })
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, part.id) })
}
