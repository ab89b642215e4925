import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../../../../modules/seller"
import { deliverSellerOrderWorkflow } from "../../../../../../../../workflows/order/workflows/deliver-seller-order"

/**
 * POST /store/ocop/orders/:id/shipments/:number/received → { shipment: { number, status, delivered_at } }:
 * the signed-in buyer confirms that a shipped part of their own order arrived.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { id: string; customer_id?: string | null } | undefined
  if (!order || order.customer_id !== req.auth_context.actor_id) throw notFound(`order ${req.params.id} not found`)
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
