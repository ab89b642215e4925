import { z } from "@medusajs/framework/zod"

export const SellerAnswerQuote = z
  .object({
    /** Integer VND per unit. */
    unit_price: z.number().int().positive(),
    /** The last day (Vietnam time) the price holds. */
    valid_until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD"),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
