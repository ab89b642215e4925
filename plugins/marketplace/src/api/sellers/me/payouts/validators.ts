import { z } from "@medusajs/framework/zod"
import { calendarDay } from "@ocop/plugin-ocop/validation"

const day = calendarDay("a date YYYY-MM-DD (Vietnam time)")
const period = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, "a month YYYY-MM (Vietnam time)")

/** Either a month (`period`) or a range of days (`from`, `to` inclusive), Asia/Ho_Chi_Minh. */
export const SellerPayouts = z.object({ period: period.optional(), from: day.optional(), to: day.optional() }).strict()
export const SellerPayoutStatement = z.object({ period }).strict()
