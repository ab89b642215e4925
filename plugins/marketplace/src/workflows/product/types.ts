export interface SellerVariantInput {
  title: string
  sku: string
  price_vnd: number
  stock: number
}

export interface CreateSellerProductInput {
  seller_id: string
  title: string
  description?: string | null
  product_group?: number | null
  is_service?: boolean
  images?: SellerProductImage[]
  variants: SellerVariantInput[]
}

export interface UpdateSellerProductInput {
  seller_id: string
  product_id: string
  title?: string
  description?: string | null
  images?: SellerProductImage[]
  variants?: { id: string; title?: string; price_vnd?: number; stock?: number }[]
}

export interface SellerProductImage {
  url: string
  /** width, height and the WebP/AVIF renditions of the upload, read by the storefront for srcset. */
  metadata?: Record<string, unknown>
}
