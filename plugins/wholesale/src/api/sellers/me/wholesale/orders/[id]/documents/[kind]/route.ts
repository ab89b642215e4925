import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { documentKind, renderOrderDocument } from "../../../../../../../../lib/order-documents"

/** GET /sellers/me/wholesale/orders/:id/documents/confirmation | delivery-note → print-ready HTML of this seller's part (404 for others' orders). */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const html = await renderOrderDocument(req.scope, req.params.id, req.member.seller_id, documentKind(req.params.kind))
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.send(html)
}
