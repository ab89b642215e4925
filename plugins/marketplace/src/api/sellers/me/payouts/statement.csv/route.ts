import type { MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import type { SellerRequest } from "../../../../../lib/current-member"
import { payoutRange, payoutStatement } from "../../../../../lib/payout-statement"

const COLUMNS = [
  "number",
  "placed_at",
  "status",
  "gross",
  "refunds",
  "commission",
  "withholding_vat",
  "withholding_pit",
  "return_shipping",
  "net",
] as const

/** GET /sellers/me/payouts/statement.csv?period=YYYY-MM → CSV (UTF-8 with BOM for spreadsheets), a TOTAL row last. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { period } = req.validatedQuery as { period: string }
  const statement = await payoutStatement(req.scope, req.member.seller_id, payoutRange({ period }))
  const rows = statement.lines.map((line) =>
    COLUMNS.map((column) => (column === "placed_at" ? new Date(line.placed_at).toISOString() : line[column])),
  )
  rows.push([
    "TOTAL",
    "",
    "",
    ...COLUMNS.slice(3).map((column) => statement.totals[column as keyof typeof statement.totals]),
  ])
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="payouts-${period}.csv"`)
  res.send("\uFEFF" + stringify(rows, { header: true, columns: [...COLUMNS] }))
}
