import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSellerDocument } from "../../../../../../../lib/documents"

/** GET /admin/sellers/:id/documents/:document_id/file → the document's bytes, for review. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendSellerDocument(req.scope, res, req.params.id, req.params.document_id)
}
