/**
 * The storefront's product shapes (what loaders send to pages) and the pure functions that
 * build them from Medusa products and the OCOP plugin's data.
 */
import { findProductGroup, findProvince, fold, PRODUCT_GROUPS, slugify } from "@ocop/reference"
import type { Lang } from "../i18n"
import { ratingView, type RatingView } from "./reviews"

/** OCOP certification as shown to buyers; only valid certificates are ever attached. */
export type OcopInfo = {
  stars: number
  groupHandle: string | null
  subgroup: string | null
  /** Current province unit (Vietnamese name). */
  province: string | null
  producer: string | null
  /** The producer's OCOP subject id (what a customer follows). */
  producerId: string | null
  decisionNumber: string | null
  authority: string | null
  validUntil: string | null
  issuedAt: string | null
}

export type StockState = "in_stock" | "low_stock" | "out_of_stock"
export const LOW_STOCK = 5

export type VariantView = {
  id: string
  title: string
  titleEn: string | null
  sku: string | null
  price: number | null
  originalPrice: number | null
  currency: string
  stock: StockState
  /** Units that can be bought now, or null when not tracked (unlimited). */
  available: number | null
}

export type ImageView = { url: string; srcSet: string | null; width: number | null; height: number | null }

export type ProductSummary = {
  id: string
  handle: string
  title: string
  titleEn: string | null
  description: string | null
  descriptionEn: string | null
  thumbnail: string | null
  images: ImageView[]
  createdAt: string | null
  groupHandle: string | null
  subgroup: string | null
  producer: { key: string; name: string } | null
  province: string | null
  isService: boolean
  variants: VariantView[]
  /** Lowest current price across variants (VND). */
  price: number | null
  currency: string
  stock: StockState
  ocop: OcopInfo | null
  /** Verified buyers' average and count (from the listing, search or product page), null without reviews. */
  rating: RatingView | null
  /** Folded text for diacritic-free search ("mat ong" finds "Mật ong"). */
  searchText: string
}

/** What a product card needs, already in the page's language. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  producer: { key: string; name: string } | null
  province: string | null
  stars: number | null
  rating: RatingView | null
  price: number | null
  currency: string
  stock: StockState
  variantId: string | null
  variantTitle: string | null
  variantCount: number
  isService: boolean
  /** The title with the words a search matched in <mark> (HTML-escaped text), on search results. */
  highlight?: string
}

// Medusa's store product, loosely typed: the fields we ask for, all optional.
export type RawVariant = {
  id: string
  title?: string | null
  sku?: string | null
  metadata?: Record<string, unknown> | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  calculated_price?: {
    calculated_amount?: number | string | null
    original_amount?: number | string | null
    /** Present when the request names a country (tax context): what the buyer pays, VAT included. */
    calculated_amount_with_tax?: number | string | null
    original_amount_with_tax?: number | string | null
    currency_code?: string | null
  } | null
}

export type RawProduct = {
  id: string
  handle?: string | null
  title?: string | null
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  created_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  categories?: { id: string; handle?: string | null; name?: string | null }[] | null
  images?: { id?: string; url: string; metadata?: Record<string, unknown> | null }[] | null
  variants?: RawVariant[] | null
  ocop?: Record<string, unknown> | null
  /** Verified buyers' `{ average, count }` (plugin-reviews completes the listing and the cards with it). */
  rating?: unknown
}

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
const num = (value: unknown) => {
  if (value == null || value === "") return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

export function variantStock(variant: RawVariant): { stock: StockState; available: number | null } {
  if (variant.manage_inventory === false || variant.allow_backorder) return { stock: "in_stock", available: null }
  const quantity = num(variant.inventory_quantity)
  if (quantity == null) return { stock: "in_stock", available: null }
  if (quantity <= 0) return { stock: "out_of_stock", available: 0 }
  return { stock: quantity <= LOW_STOCK ? "low_stock" : "in_stock", available: quantity }
}

/**
 * Responsive image sources "where the data allows": an image whose metadata lists sized
 * renditions ({ variants: [{ url, width }] } or { srcset: "…" }) gets a srcset; otherwise one URL.
 */
export function imageView(image: { url: string; metadata?: Record<string, unknown> | null }): ImageView {
  const meta = image.metadata ?? {}
  let srcSet: string | null = str(meta.srcset)
  const renditions = Array.isArray(meta.variants)
    ? meta.variants
    : Array.isArray(meta.renditions)
      ? meta.renditions
      : null
  if (!srcSet && renditions) {
    const parts = renditions
      .map((r) => (r && typeof r === "object" ? [str((r as any).url), num((r as any).width)] : [null, null]))
      .filter(([url, width]) => url && width)
      .map(([url, width]) => `${url} ${width}w`)
    srcSet = parts.length ? parts.join(", ") : null
  }
  return { url: image.url, srcSet, width: num(meta.width), height: num(meta.height) }
}

/** Accepts the OCOP plugin's `ocop` object in snake_case or camelCase. */
export function normalizeOcop(raw: Record<string, unknown> | null | undefined): OcopInfo | null {
  if (!raw || typeof raw !== "object") return null
  const pick = (...keys: string[]) => {
    for (const key of keys) if (raw[key] != null && raw[key] !== "") return raw[key]
    return null
  }
  const stars = num(pick("stars", "star", "star_rating"))
  if (stars == null || stars < 3 || stars > 5) return null
  // The backend states whether the certificate is valid now (its `valid` and `status`): a certificate
  // without that verdict, or revoked or expired, gives no stars.
  if (raw.valid !== true || str(pick("status")) !== "valid") return null
  const validUntil = str(pick("valid_until", "validUntil"))
  const producerValue = pick("producer", "producer_name", "subject", "subject_name")
  const producer =
    typeof producerValue === "object" && producerValue
      ? str((producerValue as any).name ?? (producerValue as any).legal_name)
      : str(producerValue)
  const provinceValue = pick("province", "province_name")
  const provinceName =
    typeof provinceValue === "object" && provinceValue ? str((provinceValue as any).name) : str(provinceValue)
  return {
    stars,
    groupHandle: findProductGroup(pick("product_group", "productGroup", "group"))?.handle ?? null,
    subgroup: str(pick("subgroup", "product_subgroup")),
    province: findProvince(provinceName)?.name ?? provinceName,
    producer,
    producerId: str(pick("producer_id")),
    decisionNumber: str(pick("decision_number", "decisionNumber")),
    authority: str(pick("authority", "issuing_authority", "issuer")),
    validUntil,
    issuedAt: str(pick("decision_date", "issued_at", "signed_at", "decisionDate")),
  }
}

export function summarizeProduct(raw: RawProduct, ocop: OcopInfo | null = normalizeOcop(raw.ocop)): ProductSummary {
  const meta = raw.metadata ?? {}
  const variants: VariantView[] = (raw.variants ?? []).map((variant) => {
    const price = variant.calculated_price
    return {
      id: variant.id,
      title: variant.title ?? "",
      titleEn: str(variant.metadata?.title_en),
      sku: variant.sku ?? null,
      // Prices shown in Vietnam include VAT: the with-tax amount when the backend computed it.
      price: num(price?.calculated_amount_with_tax) ?? num(price?.calculated_amount),
      originalPrice: num(price?.original_amount_with_tax) ?? num(price?.original_amount),
      currency: (price?.currency_code ?? "vnd").toLowerCase(),
      ...variantStock(variant),
    }
  })
  // The price a listing shows and sorts by: the cheapest variant one can buy now (else any).
  const buyable = variants.filter((v) => v.stock !== "out_of_stock" && v.price != null)
  const prices = (buyable.length ? buyable : variants).map((v) => v.price).filter((p): p is number => p != null)
  const groupFromCategory = (raw.categories ?? [])
    .map((c) => PRODUCT_GROUPS.find((g) => g.handle === c.handle))
    .find(Boolean)
  const producerName = ocop?.producer ?? str(raw.subtitle) ?? str(meta.producer_name)
  // The producer page's key: the OCOP subject id where the certificate names it, else a slug of the
  // name (the producer page finds the subject behind it).
  const producerKey = ocop?.producerId ?? str(meta.producer_key) ?? (producerName ? slugify(producerName) : null)
  const province =
    ocop?.province ??
    findProvince(meta.province)?.name ??
    findProvince(meta.producer_province)?.name ??
    str(meta.province)
  const images = (raw.images ?? []).filter((image) => image?.url).map(imageView)
  const stock: StockState = variants.some((v) => v.stock === "in_stock")
    ? "in_stock"
    : variants.some((v) => v.stock === "low_stock")
      ? "low_stock"
      : "out_of_stock"
  const title = raw.title ?? ""
  const titleEn = str(meta.title_en)
  return {
    id: raw.id,
    handle: raw.handle ?? raw.id,
    title,
    titleEn,
    description: str(raw.description),
    descriptionEn: str(meta.description_en),
    thumbnail: raw.thumbnail ?? images[0]?.url ?? null,
    images,
    createdAt: raw.created_at ? new Date(raw.created_at).toISOString() : null,
    groupHandle: ocop?.groupHandle ?? groupFromCategory?.handle ?? null,
    subgroup: ocop?.subgroup ?? str(meta.ocop_subgroup),
    producer: producerName && producerKey ? { key: producerKey, name: producerName } : null,
    province,
    isService: meta.is_service === true || meta.is_service === "true" || groupFromCategory?.is_service === true,
    variants,
    price: prices.length ? Math.min(...prices) : null,
    currency: variants[0]?.currency ?? "vnd",
    stock,
    ocop,
    rating: ratingView(raw.rating),
    searchText: fold(
      [title, titleEn, producerName, province, raw.subtitle, str(meta.ocop_subgroup)].filter(Boolean).join(" "),
    ),
  }
}

/**
 * A product's or variant's name in the page's language, from a record that carries the English
 * name: Medusa's `metadata` (`title_en`), or a product as the seller API gives it (`title_en`).
 * The catalogue's English name on English pages where it has one, else the Vietnamese one.
 */
export function nameInLang(lang: Lang, title: string, english: { title_en?: unknown } | null | undefined) {
  return (lang === "en" && str(english?.title_en)) || title
}

export function localizedTitle(product: { title: string; titleEn: string | null }, lang: Lang) {
  return lang === "en" && product.titleEn ? product.titleEn : product.title
}

export function toCard(product: ProductSummary, lang: Lang): ProductCard {
  const buyable = product.variants.filter((v) => v.stock !== "out_of_stock" && v.price != null)
  const variant = buyable.sort((a, b) => a.price! - b.price!)[0] ?? product.variants[0]
  return {
    id: product.id,
    handle: product.handle,
    title: localizedTitle(product, lang),
    thumbnail: product.thumbnail,
    producer: product.producer,
    province: product.province,
    stars: product.ocop?.stars ?? null,
    rating: product.rating,
    price: variant?.price ?? product.price,
    currency: product.currency,
    stock: product.stock,
    variantId: variant?.id ?? null,
    variantTitle: variant ? (lang === "en" && variant.titleEn ? variant.titleEn : variant.title) : null,
    variantCount: product.variants.length,
    isService: product.isService,
  }
}
