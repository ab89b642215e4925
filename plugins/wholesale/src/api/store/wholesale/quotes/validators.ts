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

export const StoreListQuotes = z
  .object({ status: z.enum(["requested", "answered", "accepted", "declined", "expired"]).optional() })
  .strict()

export const QuoteMessageBody = z.object({ body: multiLine(2000, 1) }).strict()
