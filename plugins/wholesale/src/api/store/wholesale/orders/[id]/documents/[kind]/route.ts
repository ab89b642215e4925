import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { documentKind, renderOrderDocument } from "../../../../../../../lib/order-documents"

/**
 * GET /store/wholesale/orders/:id/documents/confirmation | delivery-note?seller_id= → print-ready
 * HTML of one seller's part of the signed-in customer's own order (another's order → 404).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const kind = documentKind(req.params.kind)
  const sellerId = typeof req.query.seller_id === "string" ? req.query.seller_id : ""
  if (!sellerId) throw invalid("seller_id", "required", "the seller whose part of the order to print")
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  const order = (data as any[])[0]
  if (!order || order.customer_id !== req.auth_context.actor_id) throw notFound(`order ${req.params.id} not found`)
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.send(await renderOrderDocument(req.scope, order.id, sellerId, kind))
}
