import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { ownOrder } from "../../../../../../../../lib/store-access"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../../../../modules/seller"
import { deliverSellerOrderWorkflow } from "../../../../../../../../workflows/order/workflows/deliver-seller-order"

/**
 * POST /store/ocop/orders/:id/shipments/:number/received → { shipment: { number, status, delivered_at } }:
 * the signed-in buyer confirms that a shipped part of their own order arrived.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await ownOrder(req)
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [part] = await sellers.listSellerOrders({ order_id: order.id, number: req.params.number })
  if (!part) throw notFound(`shipment ${req.params.number} not found`)
  if (part.status !== "shipped") {
    throw invalid("status", "seller_order_status", `a shipment that is ${part.status} cannot be confirmed as received`)
  }
  await deliverSellerOrderWorkflow(req.scope).run({ input: { id: part.id } })
  const updated = await sellers.retrieveSellerOrder(part.id)
  res.json({ shipment: { number: updated.number, status: updated.status, delivered_at: updated.delivered_at } })
}
