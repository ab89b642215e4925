import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../lib/current-member"
import { ownSellerOrder, presentSellerOrders } from "../../../../../lib/seller-orders"

/** GET /sellers/me/orders/:id (the part's own id) → { order }: this seller's part only */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  const [order] = await presentSellerOrders(req.scope, [part])
  res.json({ order })
}
