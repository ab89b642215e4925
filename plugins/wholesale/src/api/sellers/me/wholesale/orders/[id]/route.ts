import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownSellerOrder } from "@ocop/plugin-marketplace/seller-orders"
import { presentForSeller } from "../../../../../../lib/seller-payment"

/** GET /sellers/me/wholesale/orders/:id (the part's own id) → { payment } of the seller's part: VAT invoice data, bank transfer and its receipt. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  res.json({ payment: await presentForSeller(req.scope, part) })
}
