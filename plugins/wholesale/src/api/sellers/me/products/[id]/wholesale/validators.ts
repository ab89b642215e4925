import { z } from "@medusajs/framework/zod"

const units = z.number().int().min(1).max(1_000_000)

export const SellerWholesaleTerms = z
  .object({
    moq: units,
    variants: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            tiers: z
              .array(
                z
                  .object({
                    min_quantity: units,
                    max_quantity: units.nullable().default(null),
                    /** Integer VND per unit. */
                    amount: z.number().int().min(1).max(2_000_000_000),
                  })
                  .strict()
              )
              .min(1)
              .max(10),
          })
          .strict()
      )
      .max(100),
  })
  .strict()
export type SellerWholesaleTermsType = z.infer<typeof SellerWholesaleTerms>
