import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, singleLine, TEXT_LIMITS } from "@ocop/plugin-ocop/validation"
import { SELLER_STATUSES } from "../../../modules/seller/models"

export const AdminListSellers = listParams({ limit: 20, max: 100 }).extend({
  status: z.enum(SELLER_STATUSES).optional(),
  q: singleLine(TEXT_LIMITS.name).optional(),
})
export const adminListSellersConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "legal_name"] })

export const AdminRejectSeller = z.object({ reason: multiLine(TEXT_LIMITS.line, 3) }).strict()
export type AdminRejectSellerType = z.infer<typeof AdminRejectSeller>

/** Commission in percent with at most two decimals (stored in basis points); null = the default. */
export const AdminUpdateSeller = z
  .object({
    commission_rate: z
      .number()
      .min(0)
      .max(100)
      .refine((rate) => Number.isInteger(Math.round(rate * 100 * 1e6) / 1e6), "at most two decimals")
      .nullable(),
  })
  .strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>
