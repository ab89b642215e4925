import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { notFound } from "@ocop/plugin-ocop/errors"
import { ownOrder } from "@ocop/plugin-marketplace/store-access"
import { documentKind, renderOrderDocument } from "../../../../../../../lib/order-documents"
import type { StoreOrderDocumentType } from "../../../validators"

/**
 * GET /store/wholesale/orders/:id/documents/confirmation | delivery-note?seller_id= → print-ready
 * HTML of one seller's part of the signed-in customer's own order (another's order → 404).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const kind = documentKind(req.params.kind)
  const { seller_id: sellerId } = req.validatedQuery as StoreOrderDocumentType
  const order = await ownOrder(req)
  const [part] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ order_id: order.id, seller_id: sellerId }, { take: 1 })
  if (!part) throw notFound(`order ${req.params.id} has no part of seller ${sellerId}`)
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.send(await renderOrderDocument(req.scope, part, kind))
}
