import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, singleLine } from "@ocop/plugin-ocop/validation"
import { SELLER_ORDER_STATUSES } from "../../../../modules/seller/models"

export const SellerListOrders = listParams({ limit: 50, max: 100 }).extend({
  status: z.enum(SELLER_ORDER_STATUSES).optional(),
})
export const sellerListOrdersConfig = listQueryConfig({ limit: 50, orderable: ["placed_at", "status"] })

export const SellerShipOrder = z
  .object({ tracking_number: singleLine(64, 4), carrier: singleLine(100).nullish() })
  .strict()

export const SellerCancelOrder = z.object({ reason: multiLine(500, 3) }).strict()
