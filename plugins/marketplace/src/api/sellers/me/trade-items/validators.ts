import { z } from "@medusajs/framework/zod"

/** A GTIN for one of the seller's variants (GTIN-8/12/13/14; the check digit is checked by the workflow). */
export const SellerRegisterTradeItem = z
  .object({
    variant_id: z.string().trim().min(1).max(100),
    gtin: z.union([z.string().max(40), z.number()]).transform(String),
  })
  .strict()

/** The seller's GS1 company prefix: GTINs are given to its variants that have none. */
export const SellerTradeItemsFromPrefix = z
  .object({
    company_prefix: z.union([z.string().max(40), z.number()]).transform(String),
  })
  .strict()
