import { z } from "@medusajs/framework/zod"
import { multiLine, quantity, recordId } from "@ocop/plugin-ocop/validation"

export const StoreRequestQuotes = z
  .object({
    lines: z
      .array(z.object({ variant_id: recordId(), quantity: quantity() }).strict())
      .min(1)
      .max(50),
    message: multiLine(2000).optional(),
  })
  .strict()

export const StoreListQuotes = z
  .object({ status: z.enum(["requested", "answered", "accepted", "declined", "expired"]).optional() })
  .strict()

export const QuoteMessageBody = z.object({ body: multiLine(2000, 1) }).strict()
