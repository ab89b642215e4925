import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyLotIntegrity } from "../../../../../../lib/traceability/integrity"
import { retrieveLot } from "../../../../../../lib/traceability/lots"

/**
 * GET /admin/ocop/lots/:id/verify → { valid, checked, first_broken?, chain, digest, message }:
 * recomputes the lot's hash chain from the stored rows (soft-deleted ones included) and checks it
 * against the last published digest; `first_broken` names the first broken link (event id,
 * sequence, reason, expected vs stored hash).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  res.json(await verifyLotIntegrity(req.scope, lot))
}
