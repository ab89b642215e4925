import { z } from "@medusajs/framework/zod"
import { SELLER_ORDER_STATUSES } from "../../../../modules/seller/models"

export const SellerListOrders = z.object({
  status: z.enum(SELLER_ORDER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const SellerShipOrder = z
  .object({ tracking_number: z.string().trim().min(4).max(64), carrier: z.string().trim().max(100).nullish() })
  .strict()

export const SellerCancelOrder = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
