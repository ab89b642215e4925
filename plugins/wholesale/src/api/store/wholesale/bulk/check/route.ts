import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkBulkLines } from "../../../../../lib/bulk-order/check-lines"
import { parseBulkCsv, type BulkLineInput } from "../../../../../lib/bulk-order/parse-csv"
import { requestSalesChannel } from "../../../../../lib/bulk-order/store-context"
import { resolveDistributor } from "../../../../../lib/distributor-context"
import type { StoreCheckBulkOrderType } from "../validators"

/**
 * POST /store/wholesale/bulk/check { csv: base64 } | { lines: [{ sku, quantity }] } → { rows, summary }
 * The per-line report of a bulk order (verified distributors); nothing is written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCheckBulkOrderType>, res: MedusaResponse) => {
  await resolveDistributor(req, { verified: true })
  const body = req.validatedBody
  const lines: BulkLineInput[] =
    body.csv !== undefined
      ? parseBulkCsv(Buffer.from(body.csv, "base64"))
      : body.lines!.map((line, index) => ({ line: index + 1, sku: line.sku, quantity: line.quantity }))
  const report = await checkBulkLines(req.scope, {
    lines,
    sales_channel_id: requestSalesChannel(req),
    region_id: body.region_id ?? null,
  })
  res.json(report)
}
