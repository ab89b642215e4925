import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLotContext, presentLot, retrieveLot } from "../../../../../../lib/traceability/lots"
import { recallLot } from "../../../../../../lib/traceability/recall"

/**
 * GET /admin/ocop/lots/:id/recall → { lot, orders, customers, distributors, totals }: who received
 * the lot — the orders whose shipped lines came from it (with buyer and address), their customers,
 * and the distributors it was shipped to or received by. CSV: ./recall.csv
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const [context, report] = await Promise.all([loadLotContext(req.scope, [lot]), recallLot(req.scope, lot)])
  res.json({ lot: presentLot(lot, context), ...report })
}
