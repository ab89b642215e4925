import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentVerification, retrieveLot, traceability } from "../../../../../../lib/traceability/lots"

/**
 * GET /admin/ocop/lots/:id/verify → { valid, checked, first_broken? }: recomputes the lot's hash
 * chain from the stored rows; `first_broken` names the first broken link (event id, sequence,
 * reason, expected vs stored hash).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  res.json(presentVerification(await traceability(req.scope).verifyTraceLot(lot.id)))
}
