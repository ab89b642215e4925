import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { retrieveLot } from "../../../../../../lib/traceability/lots"
import { RECALL_CSV_COLUMNS, recallCsvRows, recallLot } from "../../../../../../lib/traceability/recall"

/** GET /admin/ocop/lots/:id/recall.csv → text/csv (UTF-8 with BOM for Excel): one row per order, then one per distributor. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const report = await recallLot(req.scope, lot)
  const csv = stringify(recallCsvRows(report), { header: true, columns: RECALL_CSV_COLUMNS })
  const safeLot = lot.lot_code.replace(/[^A-Za-z0-9_-]/g, "_")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="recall-${lot.gtin14}-${safeLot}.csv"`)
  res.send(`\ufeff${csv}`)
}
