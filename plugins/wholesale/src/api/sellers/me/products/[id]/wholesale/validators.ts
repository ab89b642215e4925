import { z } from "@medusajs/framework/zod"
import { priceVnd, quantity, recordId } from "@ocop/plugin-ocop/validation"

const units = quantity()

export const SellerWholesaleTerms = z
  .object({
    moq: units,
    variants: z
      .array(
        z
          .object({
            variant_id: recordId(),
            tiers: z
              .array(
                z
                  .object({
                    min_quantity: units,
                    max_quantity: units.nullable().default(null),
                    /** Integer VND per unit. */
                    amount: priceVnd("amount"),
                  })
                  .strict(),
              )
              .min(1)
              .max(10),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
export type SellerWholesaleTermsType = z.infer<typeof SellerWholesaleTerms>
