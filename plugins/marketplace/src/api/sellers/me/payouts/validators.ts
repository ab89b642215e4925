import { z } from "@medusajs/framework/zod"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD (Vietnam time)")
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month YYYY-MM (Vietnam time)")

/** Either a month (`period`) or a range of days (`from`, `to` inclusive), Asia/Ho_Chi_Minh. */
export const SellerPayouts = z.object({ period: period.optional(), from: day.optional(), to: day.optional() }).strict()
export const SellerPayoutStatement = z.object({ period }).strict()
