import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownSellerOrder } from "@ocop/plugin-marketplace/seller-orders"
import { sellerReceiptActor } from "../../../../../../../lib/order-payment"
import { presentForSeller } from "../../../../../../../lib/seller-payment"
import { confirmBankTransferWorkflow } from "../../../../../../../workflows/bank-transfer/workflows/confirm-bank-transfer"

/**
 * POST /sellers/me/wholesale/orders/:id/confirm-receipt → { payment }: the seller saw the transfer
 * for its part; that amount of the order's payment is captured. Another seller's order → 404.
 */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  await confirmBankTransferWorkflow(req.scope).run({
    input: { order_id: part.order_id, seller_id: part.seller_id, captured_by: sellerReceiptActor(part.seller_id) },
  })
  res.json({ payment: await presentForSeller(req.scope, part) })
}
