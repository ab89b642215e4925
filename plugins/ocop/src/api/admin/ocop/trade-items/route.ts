import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../utils/validate-query"
import { ruleErrorsToMedusaError } from "../../../../lib/errors"
import { presentTradeItem, traceability } from "../../../../lib/traceability/lots"
import { parseGtin } from "../../../../rules/gs1"
import { registerTradeItemWorkflow } from "../../../../workflows/traceability/workflows/register-trade-item"
import type { AdminRegisterTradeItemType } from "../lots/validators"

type Row = Record<string, any>

/** GET /admin/ocop/trade-items?variant_id=&product_id=&gtin=&limit=&offset=&order=(-)created_at|gtin14 → { trade_items, count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const page = pageOf(req, { created_at: "ASC", id: "ASC" })
  const { gtin, ...filters } = req.filterableFields as {
    gtin?: string
    variant_id?: string
    product_id?: string
  }
  const where: Record<string, unknown> = { ...filters }
  if (gtin) {
    const parsed = parseGtin(gtin, "gtin")
    if (!parsed.ok) throw ruleErrorsToMedusaError([parsed.error])
    where.gtin14 = parsed.value
  }
  const [items, count] = await traceability(req.scope).listAndCountTraceTradeItems(where, {
    ...page,
  })
  res.json({ trade_items: items.map(presentTradeItem), count, limit: page.take, offset: page.skip })
}

/** POST /admin/ocop/trade-items { variant_id, gtin } → 201 { trade_item } (GTIN-8/12/13/14, stored as GTIN-14) */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRegisterTradeItemType>, res: MedusaResponse) => {
  const { result } = await registerTradeItemWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ trade_item: presentTradeItem(result as Row) })
}
