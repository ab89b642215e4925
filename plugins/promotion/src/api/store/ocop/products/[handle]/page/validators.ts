import { z } from "@medusajs/framework/zod"
import { recordId } from "@ocop/plugin-ocop/validation"

/** GET /store/ocop/products/:handle/page?region_id=&country_code= */
export const StoreProductPage = z
  .object({
    /** The region whose prices to show (its currency); the store's default region when absent. */
    region_id: recordId().optional(),
    /** The buyer's country (ISO 3166-1 alpha-2): prices then include its taxes, as on /store/products. */
    country_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "country_code: a two-letter country code, e.g. vn")
      .transform((code) => code.toLowerCase())
      .optional(),
  })
  .strict()
export type StoreProductPageType = z.infer<typeof StoreProductPage>
