import { z } from "@medusajs/framework/zod"
import { recordId, requiredQueryList } from "@ocop/plugin-ocop/validation"

/** GET /store/ocop/live-prices?promotion_id=a,b,… (at most 100: a cart's lines' promotions) */
export const StoreLivePrices = z
  .object({
    promotion_id: requiredQueryList(recordId(), 1, 100),
  })
  .strict()
export type StoreLivePricesType = z.infer<typeof StoreLivePrices>
