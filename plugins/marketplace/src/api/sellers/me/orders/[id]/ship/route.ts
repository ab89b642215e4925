import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import {
  assertShippable,
  ownSellerOrder,
  presentOwnSellerOrder,
  presentSellerOrders,
} from "../../../../../../lib/seller-orders"
import { shipSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/ship-seller-order"

/**
 * POST /sellers/me/orders/:id/ship {tracking_number, carrier?} → { order }: a Medusa fulfillment of
 * this seller's lines only, shipped with its tracking number. A part of services only (community
 * tourism) is not shipped: its vouchers are checked in at the cooperative (400).
 */
export const POST = async (
  req: SellerRequest<{ tracking_number: string; carrier?: string | null }>,
  res: MedusaResponse,
) => {
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  const [current] = await presentSellerOrders(req.scope, [part])
  assertShippable(current, "ship")
  await shipSellerOrderWorkflow(req.scope).run({
    input: {
      id: part.id,
      order_id: part.order_id,
      items: current.items.map((item) => ({ id: item.id, quantity: item.quantity })),
      tracking_number: req.validatedBody.tracking_number,
      carrier: req.validatedBody.carrier ?? null,
    },
  })
  res.json({ order: await presentOwnSellerOrder(req.scope, req.member.seller_id, part.id) })
}
