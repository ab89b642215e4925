import { z } from "@medusajs/framework/zod"
import { recordId } from "@ocop/plugin-ocop/validation"
import { MAX_BULK_LINES } from "../../../../constants"

const Line = z
  .object({ sku: z.string().max(100), quantity: z.union([z.string().max(20), z.number()]).transform(String) })
  .strict()

/** Either a CSV file (base64 of its bytes, to detect its encoding) or the grid's lines. */
export const StoreCheckBulkOrder = z
  .object({
    csv: z.string().max(8_000_000).optional(),
    lines: z.array(Line).min(1).max(MAX_BULK_LINES).optional(),
    region_id: recordId().optional(),
  })
  .strict()
  .refine((body) => (body.csv === undefined) !== (body.lines === undefined), {
    message: "give either csv (base64) or lines",
    path: ["csv"],
  })
export type StoreCheckBulkOrderType = z.infer<typeof StoreCheckBulkOrder>

export const StoreAddBulkOrder = z
  .object({ cart_id: recordId(), lines: z.array(Line).min(1).max(MAX_BULK_LINES) })
  .strict()
export type StoreAddBulkOrderType = z.infer<typeof StoreAddBulkOrder>
