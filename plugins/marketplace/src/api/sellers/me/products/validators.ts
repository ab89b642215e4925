import { z } from "@medusajs/framework/zod"

/** Seller product bodies: strict (status, seller_id, sales_channels… are refused), VND > 0, stock ≥ 0. */

const priceVnd = z.number().int("price_vnd: a whole number of VND").positive("price_vnd: above 0 VND").max(1_000_000_000)
const stock = z.number().int("stock: a whole number").min(0, "stock: 0 or more")
/** Renditions of an upload (POST /sellers/me/uploads), kept so the storefront can serve srcset. */
const rendition = z.object({ url: z.string().url(), width: z.number().int().positive() }).strict()
const imageMetadata = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    variants: z.array(rendition).max(8),
    avif: z.array(rendition).max(8).optional(),
  })
  .strict()
const images = z.array(z.object({ url: z.string().url(), metadata: imageMetadata.optional() }).strict()).max(12)

/** A variant as created, with the product or added to it later. */
const variantInput = z
  .object({
    title: z.string().trim().min(1).max(100),
    sku: z.string().trim().regex(/^[A-Za-z0-9._-]{2,64}$/, "sku: 2 to 64 letters, digits, . _ -"),
    price_vnd: priceVnd,
    stock,
  })
  .strict()

export const SellerCreateProduct = z
  .object({
    title: z.string().trim().min(2).max(200),
    description: z.string().max(10_000).nullish(),
    // Whether it is a service follows from the group (6, community tourism): no separate flag.
    product_group: z.number().int().min(1).max(6).nullish(),
    images: images.optional(),
    variants: z
      .array(variantInput)
      .min(1)
      .max(50)
      .refine((variants) => new Set(variants.map((v) => v.title)).size === variants.length, "variants: each title once"),
  })
  .strict()
export type SellerCreateProductType = z.infer<typeof SellerCreateProduct>

export const SellerUpdateProduct = z
  .object({
    title: z.string().trim().min(2).max(200).optional(),
    description: z.string().max(10_000).nullish(),
    images: images.optional(),
    variants: z
      .array(z.object({ id: z.string(), title: z.string().trim().min(1).max(100).optional(), price_vnd: priceVnd.optional(), stock: stock.optional() }).strict())
      .max(50)
      .optional(),
  })
  .strict()
export type SellerUpdateProductType = z.infer<typeof SellerUpdateProduct>

export const SellerAddVariant = variantInput
export type SellerAddVariantType = z.infer<typeof SellerAddVariant>
