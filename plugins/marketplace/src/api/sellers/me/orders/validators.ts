import { z } from "@medusajs/framework/zod"
import { multiLine, singleLine } from "@ocop/plugin-ocop/validation"
import { SELLER_ORDER_STATUSES } from "../../../../modules/seller/models"

export const SellerListOrders = z.object({
  status: z.enum(SELLER_ORDER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const SellerShipOrder = z
  .object({ tracking_number: singleLine(64, 4), carrier: singleLine(100).nullish() })
  .strict()

export const SellerCancelOrder = z.object({ reason: multiLine(500, 3) }).strict()
