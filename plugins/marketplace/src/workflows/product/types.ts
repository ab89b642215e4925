export interface SellerVariantInput {
  title: string
  /** English name (variant metadata title_en); "" removes it. */
  title_en?: string
  sku: string
  price_vnd: number
  stock: number
}

export interface CreateSellerProductInput {
  seller_id: string
  title: string
  /** English name (product metadata title_en). */
  title_en?: string
  description?: string | null
  /** The OCOP group (Decision 148/2023): group 6 makes the product a service. */
  product_group?: number | null
  images?: SellerProductImage[]
  variants: SellerVariantInput[]
}

export interface UpdateSellerProductInput {
  seller_id: string
  product_id: string
  title?: string
  /** English name (product metadata title_en); "" removes it. */
  title_en?: string
  description?: string | null
  images?: SellerProductImage[]
  variants?: { id: string; title?: string; title_en?: string; price_vnd?: number; stock?: number }[]
}

export interface SellerProductImage {
  url: string
  /** width, height and the WebP/AVIF renditions of the upload, read by the storefront for srcset. */
  metadata?: Record<string, unknown>
}
