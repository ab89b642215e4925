import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownSellerOrder, presentSellerOrders } from "../../../../../../lib/seller-orders"
import { advanceSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/advance-seller-order"
import { shipSellerOrderWorkflow } from "../../../../../../workflows/order/workflows/ship-seller-order"

/**
 * POST /sellers/me/orders/:id/accept | pack | ship {tracking_number, carrier?} | cancel {reason}
 * → { order }. Shipping creates a Medusa fulfillment of this seller's lines only.
 */
export const POST = async (
  req: SellerRequest<{ tracking_number?: string; carrier?: string | null; reason?: string }>,
  res: MedusaResponse,
) => {
  const action = req.params.action
  if (!["accept", "pack", "ship", "cancel"].includes(action)) throw notFound(`no order action "${action}"`)
  const part = await ownSellerOrder(req.scope, req.member.seller_id, req.params.id)
  if (action === "ship") {
    const [order] = await presentSellerOrders(req.scope, [part])
    await shipSellerOrderWorkflow(req.scope).run({
      input: {
        id: part.id,
        order_id: part.order_id,
        items: order.items.map((item) => ({ id: item.id, quantity: item.quantity })),
        tracking_number: req.validatedBody.tracking_number!,
        carrier: req.validatedBody.carrier ?? null,
      },
    })
  } else {
    await advanceSellerOrderWorkflow(req.scope).run({
      input: { id: part.id, action: action as "accept" | "pack" | "cancel", reason: req.validatedBody?.reason },
    })
  }
  const [order] = await presentSellerOrders(req.scope, [
    await ownSellerOrder(req.scope, req.member.seller_id, req.params.id),
  ])
  res.json({ order })
}
