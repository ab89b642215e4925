import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkBulkLines } from "../../../lib/bulk-order/check-lines"
import type { BulkLineInput } from "../../../lib/bulk-order/parse-csv"

const LISTED_PROBLEMS = 20

/** Checks every line again (stock and certificates may have changed since the report); any problem refuses the whole order (400). */
export const checkBulkOrderStep = createStep(
  "wholesale-check-bulk-order",
  async (input: { lines: BulkLineInput[]; sales_channel_id: string; region_id: string | null }, { container }) => {
    // The cart prices the lines itself: no price calculation here.
    const report = await checkBulkLines(container, input, { prices: false })
    const bad = report.rows.filter((row) => !row.ok)
    if (bad.length) {
      const listed = bad
        .slice(0, LISTED_PROBLEMS)
        .map((row) => `line ${row.line} (${row.sku || "no SKU"}): ${row.problems.map((p) => `${p.code}: ${p.message}`).join(", ")}`)
      const more = bad.length > LISTED_PROBLEMS ? `; and ${bad.length - LISTED_PROBLEMS} more lines` : ""
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: ${bad.length} of ${report.rows.length} cannot be ordered, nothing was added — ${listed.join("; ")}${more}`
      )
    }
    return new StepResponse(report.rows.map((row) => ({ variant_id: row.variant_id!, quantity: row.quantity! })))
  }
)
