import { z } from "@medusajs/framework/zod"
import { calendarDay, multiLine, priceVnd } from "@ocop/plugin-ocop/validation"

export const SellerAnswerQuote = z
  .object({
    /** Integer VND per unit. */
    unit_price: priceVnd("unit_price"),
    /** The last day (Vietnam time) the price holds. */
    valid_until: calendarDay("valid_until: a date YYYY-MM-DD"),
    /**
     * The day (Vietnam time) the seller promises delivery, when later than right away: e.g. the
     * next harvest. Today or later; not a reason to quote beyond the stock (see quote-stock).
     */
    delivery_date: calendarDay("delivery_date: a date YYYY-MM-DD").optional(),
    note: multiLine(2000).optional(),
  })
  .strict()
