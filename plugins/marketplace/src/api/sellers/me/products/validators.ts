import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import {
  multiLine,
  nameText,
  priceVnd as vndPrice,
  quantity,
  recordId,
  singleLine,
  webUrl,
} from "@ocop/plugin-ocop/validation"

/** Seller product bodies: strict (status, seller_id, sales_channels… are refused), VND > 0, stock ≥ 0. */

const priceVnd = vndPrice("price_vnd").max(1_000_000_000, "price_vnd: at most 1,000,000,000 VND")
const stock = quantity({ min: 0, what: "stock" })
/** An English name (optional): shown on the English storefront, the Vietnamese one otherwise. "" removes it. */
const titleEn = z.union([singleLine(200, 1), z.literal("")])
/** Renditions of an upload (POST /sellers/me/uploads), kept so the storefront can serve srcset. */
const imageUrl = webUrl("images: each image is an http:// or https:// address")
const rendition = z.object({ url: imageUrl, width: z.number().int().positive() }).strict()
const imageMetadata = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    variants: z.array(rendition).max(8),
    avif: z.array(rendition).max(8).optional(),
  })
  .strict()
const images = z.array(z.object({ url: imageUrl, metadata: imageMetadata.optional() }).strict()).max(12)

/** A variant as created, with the product or added to it later. */
const variantInput = z
  .object({
    title: singleLine(100, 1),
    title_en: titleEn.optional(),
    sku: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{2,64}$/, "sku: 2 to 64 letters, digits, . _ -"),
    price_vnd: priceVnd,
    stock,
  })
  .strict()

export const SellerCreateProduct = z
  .object({
    title: nameText(),
    title_en: titleEn.optional(),
    description: multiLine(10_000).nullish(),
    // Whether it is a service follows from the group (6, community tourism): no separate flag.
    product_group: z.number().int().min(1).max(6).nullish(),
    images: images.optional(),
    variants: z
      .array(variantInput)
      .min(1)
      .max(50)
      .refine(
        (variants) => new Set(variants.map((v) => v.title)).size === variants.length,
        "variants: each title once",
      ),
  })
  .strict()
export type SellerCreateProductType = z.infer<typeof SellerCreateProduct>

export const SellerUpdateProduct = z
  .object({
    title: nameText().optional(),
    title_en: titleEn.optional(),
    description: multiLine(10_000).nullish(),
    images: images.optional(),
    variants: z
      .array(
        z
          .object({
            id: recordId(),
            title: singleLine(100, 1).optional(),
            title_en: titleEn.optional(),
            price_vnd: priceVnd.optional(),
            stock: stock.optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
  })
  .strict()
export type SellerUpdateProductType = z.infer<typeof SellerUpdateProduct>

export const SellerAddVariant = variantInput
export type SellerAddVariantType = z.infer<typeof SellerAddVariant>

/** A page of the seller's products: ?limit (1–100, 20) &offset &order=(-)created_at|title. */
export const SellerListProducts = listParams({ limit: 20, max: 100 })
export const sellerListProductsConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "title"] })
