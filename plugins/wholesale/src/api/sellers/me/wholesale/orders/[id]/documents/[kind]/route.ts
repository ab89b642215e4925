import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { ownSellerOrder } from "@ocop/plugin-marketplace/seller-orders"
import { documentKind, renderOrderDocument } from "../../../../../../../../lib/order-documents"

/** GET /sellers/me/wholesale/orders/:id (the part's own id)/documents/confirmation | delivery-note → print-ready HTML of this seller's part (404 for others' orders). */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const kind = documentKind(req.params.kind)
  const html = await renderOrderDocument(
    req.scope,
    await ownSellerOrder(req.scope, req.member.seller_id, req.params.id),
    kind,
  )
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.send(html)
}
