import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine } from "@ocop/plugin-ocop/validation"
import { RefundAccount } from "../../../../lib/returns/bank-account"
import { RETURN_REASONS, RETURN_STATUSES } from "../../../../modules/seller/models"

/** A field sent as JSON text in a multipart form (with photos) or as JSON in a JSON body. */
function jsonField<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== "string") return value
    try {
      return JSON.parse(value)
    } catch {
      return value
    }
  }, schema)
}

export const StoreRequestReturn = z
  .object({
    seller_order_id: z.string().min(1).max(100),
    reason: z.enum(RETURN_REASONS),
    note: multiLine(1000).nullish(),
    lines: jsonField(
      z
        .array(
          z.object({ item_id: z.string().min(1).max(100), quantity: z.number().int().min(1).max(1_000_000) }).strict(),
        )
        .min(1)
        .max(100),
    ),
    refund_account: jsonField(RefundAccount.nullish()),
  })
  .strict()
  .refine((body) => body.reason !== "other" || !!body.note?.trim(), {
    message: "say what is wrong when the reason is other",
    path: ["note"],
  })

export type StoreRequestReturnBody = z.infer<typeof StoreRequestReturn>

export const StoreEscalateReturn = z.object({ note: multiLine(1000, 3) }).strict()

export const ReturnsListParams = listParams({ limit: 50, max: 100 }).extend({
  status: z.enum(RETURN_STATUSES).optional(),
})
export const returnsListConfig = listQueryConfig({ limit: 50, orderable: ["created_at", "status"] })
