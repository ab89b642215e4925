import { z } from "@medusajs/framework/zod"

/**
 * Amounts in whole VND and quantities. Columns holding money are numeric (bigNumber) and hold far
 * more; these bounds are what a request may ask for, so an absurd figure is a 400 in words, not a
 * database error.
 */

/** The largest amount a single price, limit or payment may carry: 10^12 ₫ (one thousand billion). */
export const MAX_VND = 1_000_000_000_000
/** The largest quantity of one line, lot or quote. */
export const MAX_QUANTITY = 1_000_000

function wholeNumber(schema: z.ZodNumber, what: string) {
  return schema.int(`${what} must be a whole number`)
}

/** An amount in VND: whole dong, from `min` (default 0) up to 10^12. */
export function vnd(options: { min?: number; max?: number; what?: string } = {}) {
  const what = options.what ?? "the amount"
  const min = options.min ?? 0
  const max = options.max ?? MAX_VND
  return wholeNumber(z.number({ error: `${what} must be a number of VND` }), what)
    .min(min, min > 0 ? `${what} must be at least ${min.toLocaleString("en")} VND` : `${what} cannot be negative`)
    .max(max, `${what} must be at most ${max.toLocaleString("en")} VND`)
}

/** A price: above 0 VND, at most 10^12. */
export const priceVnd = (what = "the price") => vnd({ min: 1, what })

/** A count of units: whole, from `min` (default 1) up to 1,000,000. */
export function quantity(options: { min?: number; max?: number; what?: string } = {}) {
  const what = options.what ?? "the quantity"
  const min = options.min ?? 1
  const max = options.max ?? MAX_QUANTITY
  return wholeNumber(z.number({ error: `${what} must be a number` }), what)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max.toLocaleString("en")}`)
}
