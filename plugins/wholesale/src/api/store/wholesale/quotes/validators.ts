import { z } from "@medusajs/framework/zod"

export const StoreRequestQuotes = z
  .object({
    lines: z
      .array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(1_000_000) }).strict())
      .min(1)
      .max(50),
    message: z.string().trim().max(2000).optional(),
  })
  .strict()

export const StoreListQuotes = z.object({ status: z.enum(["requested", "answered", "accepted", "declined", "expired"]).optional() }).strict()

export const QuoteMessageBody = z.object({ body: z.string().trim().min(1).max(2000) }).strict()
