import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../utils/validate-query"
import { ruleErrorsToMedusaError } from "../../../../lib/errors"
import { loadLotContext, presentLot, retrieveLot, traceability } from "../../../../lib/traceability/lots"
import { parseGtin } from "../../../../rules/gs1"
import { createLotWorkflow } from "../../../../workflows/traceability/workflows/create-lot"
import type { AdminCreateLotType, AdminListLotsType } from "./validators"

/**
 * GET /admin/ocop/lots?variant_id=&product_id=&subject_id=&gtin=&lot_code=&limit=&offset=&order=(-)production_date|created_at|lot_code
 * → { lots (each with product, variant, producer, certificate and its Digital Link), count, limit, offset }
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { gtin, ...filters } = req.filterableFields as Omit<AdminListLotsType, "limit" | "offset">
  const page = pageOf(req, { production_date: "DESC", created_at: "DESC", id: "DESC" })
  const where: Record<string, unknown> = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""),
  )
  if (gtin) {
    const parsed = parseGtin(gtin, "gtin")
    if (!parsed.ok) throw ruleErrorsToMedusaError([parsed.error])
    where.gtin14 = parsed.value
  }
  const [lots, count] = await traceability(req.scope).listAndCountTraceLots(where, {
    ...page,
  })
  const context = await loadLotContext(req.scope, lots)
  res.json({ lots: lots.map((lot) => presentLot(lot, context)), count, limit: page.take, offset: page.skip })
}

/** POST /admin/ocop/lots { variant_id, lot_code, production_date, best_before?, expiry_date?, quantity_produced, origin_area, inputs?, subject_id? } → 201 { lot } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateLotType>, res: MedusaResponse) => {
  const { result } = await createLotWorkflow(req.scope).run({ input: req.validatedBody })
  const lot = await retrieveLot(req.scope, result.id)
  res.status(201).json({ lot: presentLot(lot, await loadLotContext(req.scope, [lot])) })
}
