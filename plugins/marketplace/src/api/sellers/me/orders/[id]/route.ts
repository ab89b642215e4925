import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../lib/current-member"
import { presentOwnSellerOrder } from "../../../../../lib/seller-orders"

/** GET /sellers/me/orders/:id (the part's own id) → { order }: this seller's part only */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, req.params.id) })
}
