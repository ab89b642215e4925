import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentTradeItem } from "../../../../../lib/traceability/lots"
import { correctTradeItemWorkflow } from "../../../../../workflows/traceability/workflows/correct-trade-item"
import type { AdminCorrectTradeItemType } from "../../lots/validators"

/**
 * POST /admin/ocop/trade-items/:id { gtin } → { trade_item }: corrects a variant's GTIN while no
 * lot was declared under it (400 otherwise, and for a bad check digit or a GTIN already used).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCorrectTradeItemType>, res: MedusaResponse) => {
  const { result } = await correctTradeItemWorkflow(req.scope).run({
    input: { id: req.params.id, gtin: req.validatedBody.gtin },
  })
  res.json({ trade_item: presentTradeItem(result as Record<string, any>) })
}
