import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { z } from "@medusajs/framework/zod"
import { multiLine, quantity, recordId } from "@ocop/plugin-ocop/validation"
import { QUOTE_MAX_QUANTITY } from "../../../../constants"

export const StoreRequestQuotes = z
  .object({
    lines: z
      .array(z.object({ variant_id: recordId(), quantity: quantity({ max: QUOTE_MAX_QUANTITY }) }).strict())
      .min(1)
      .max(50),
    message: multiLine(2000).optional(),
  })
  .strict()

export const StoreListQuotes = listParams({ limit: 20, max: 100 }).extend({
  status: z.enum(["requested", "answered", "accepted", "declined", "expired"]).optional(),
})
export const storeListQuotesConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "status"] })

export const QuoteMessageBody = z.object({ body: multiLine(2000, 1) }).strict()
