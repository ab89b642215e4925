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
  images?: { url: string }[]
  variants: SellerVariantInput[]
}

export interface UpdateSellerProductInput {
  seller_id: string
  product_id: string
  title?: string
  description?: string | null
  images?: { url: string }[]
  variants?: { id: string; title?: string; price_vnd?: number; stock?: number }[]
}
