import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { sendSellerDocument } from "../../../../../../lib/documents"

/** GET /sellers/me/documents/:id/file → the document's bytes, to the seller's own members only. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  await sendSellerDocument(req.scope, res, req.member.seller_id, req.params.id)
}
