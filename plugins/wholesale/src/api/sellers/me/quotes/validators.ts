import { z } from "@medusajs/framework/zod"
import { calendarDay, multiLine, priceVnd } from "@ocop/plugin-ocop/validation"

export const SellerAnswerQuote = z
  .object({
    /** Integer VND per unit. */
    unit_price: priceVnd("unit_price"),
    /** The last day (Vietnam time) the price holds. */
    valid_until: calendarDay("valid_until: a date YYYY-MM-DD"),
    note: multiLine(2000).optional(),
  })
  .strict()
