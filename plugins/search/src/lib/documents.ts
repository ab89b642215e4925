import type { OcopSearchHit } from "@ocop/reference"

/** The search index of products, as `query.search({ entity: OCOP_PRODUCT_INDEX })` names it. */
export const OCOP_PRODUCT_INDEX = "ocop_product"

/** What a product document is built from, read with one `query.graph` per batch of products. */
export const PRODUCT_DOCUMENT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "categories.metadata",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "ocop_certificates.id",
  "ocop_certificates.status",
  "ocop_certificates.stars",
  "ocop_certificates.product_group",
  "ocop_certificates.subgroup",
  "ocop_certificates.province",
  "ocop_certificates.decision_number",
  "ocop_certificates.decision_date",
  "ocop_certificates.expires_at",
  "ocop_certificates.subject.legal_name",
  // plugin-reviews' kept summary, through its read-only link product → review_rating_summary
  "review_rating_summary.average",
  "review_rating_summary.count",
]

/** A product in the index: the fields a search hit shows as they are, and what filters, sorts and facets read. */
export type ProductSearchDocument = Pick<
  OcopSearchHit,
  | "id"
  | "title"
  | "title_en"
  | "handle"
  | "thumbnail"
  | "producer"
  | "province"
  | "product_group"
  | "subgroup"
  | "stars"
  | "in_stock"
> & {
  description_en: string | null
  certificate_status: string
  certificate_expires_at: string | null
  decision_number: string | null
  price: number | null
  price_max: number | null
  stock: number | null
  status: string
  created_at: string | null
  /** Average of the visible reviews, null without any. */
  rating: number | null
  rating_count: number
}

type Row = Record<string, any>

function num(value: unknown): number | null {
  if (value === null || value === undefined) return null
  const n =
    typeof value === "object" && value && "numeric" in (value as Row) ? Number((value as Row).numeric) : Number(value)
  return Number.isFinite(n) ? n : null
}

function iso(value: unknown): string | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/** The certificate that speaks for the product: the valid one, else the latest decision. */
export function currentCertificate(certificates: Row[] | null | undefined): Row | null {
  const list = (certificates ?? []).filter(Boolean)
  if (!list.length) return null
  const valid = list.find((c) => c.status === "valid")
  if (valid) return valid
  return [...list].sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())[0]
}

/** Whole VND prices of the variants (base prices, not price lists). */
function vndPrices(variants: Row[]): number[] {
  const prices: number[] = []
  for (const variant of variants) {
    for (const price of variant?.prices ?? []) {
      if (!price || price.price_list_id) continue
      if (String(price.currency_code).toLowerCase() !== "vnd") continue
      const amount = num(price.amount)
      if (amount !== null) prices.push(amount)
    }
  }
  return prices
}

/**
 * Units that can be sold now: per variant, the stocked minus reserved quantity over its inventory
 * items' locations (divided by the quantity a variant needs); null when no variant manages inventory.
 */
function stockOf(variants: Row[]): { stock: number | null; inStock: boolean } {
  let managed = false
  let stock = 0
  let unlimited = false
  for (const variant of variants) {
    if (!variant) continue
    if (variant.manage_inventory === false || variant.allow_backorder) {
      unlimited = true
      continue
    }
    const items: Row[] = (variant.inventory_items ?? []).filter(Boolean)
    if (!items.length) {
      unlimited = true
      continue
    }
    managed = true
    let variantStock = Infinity
    for (const item of items) {
      const levels: Row[] = item.inventory?.location_levels ?? []
      const available = levels.reduce(
        (sum, level) => sum + (num(level?.stocked_quantity) ?? 0) - (num(level?.reserved_quantity) ?? 0),
        0,
      )
      const required = Math.max(1, num(item.required_quantity) ?? 1)
      variantStock = Math.min(variantStock, Math.floor(available / required))
    }
    stock += Math.max(0, variantStock === Infinity ? 0 : variantStock)
  }
  return { stock: managed ? stock : null, inStock: unlimited || stock > 0 }
}

/** The rating fields of a document: null and 0 until a visible review exists. */
function ratingOf(summary: Row | Row[] | null | undefined): { rating: number | null; rating_count: number } {
  const row = Array.isArray(summary) ? summary[0] : summary
  const count = num(row?.count) ?? 0
  return { rating: count > 0 ? num(row?.average) : null, rating_count: count }
}

/** One product (as read with PRODUCT_DOCUMENT_FIELDS) → its search document. */
export function buildProductDocument(product: Row): ProductSearchDocument {
  const metadata: Row = product.metadata ?? {}
  const certificate = currentCertificate(product.ocop_certificates)
  const variants: Row[] = (product.variants ?? []).filter(Boolean)
  const prices = vndPrices(variants)
  const { stock, inStock } = stockOf(variants)
  const groupFromCategory = (product.categories ?? [])
    .map((c: Row) => num(c?.metadata?.ocop_group))
    .find((g: number | null) => g !== null)
  const title = text(product.title) ?? ""
  const titleEn = text(metadata.title_en)
  const producer = text(product.subtitle) ?? text(certificate?.subject?.legal_name)
  const province = text(certificate?.province)
  const subgroup = text(certificate?.subgroup) ?? text(metadata.ocop_subgroup)
  return {
    id: product.id,
    title,
    title_en: titleEn,
    description_en: text(metadata.description_en),
    handle: text(product.handle),
    thumbnail: text(product.thumbnail),
    producer,
    province,
    product_group: num(certificate?.product_group) ?? groupFromCategory ?? null,
    subgroup,
    stars: num(certificate?.stars),
    certificate_status: certificate ? String(certificate.status) : "none",
    certificate_expires_at: iso(certificate?.expires_at),
    decision_number: text(certificate?.decision_number),
    price: prices.length ? Math.min(...prices) : null,
    price_max: prices.length ? Math.max(...prices) : null,
    stock,
    in_stock: inStock,
    status: String(product.status ?? "draft"),
    created_at: iso(product.created_at),
    ...ratingOf(product.review_rating_summary),
  }
}

/** Drops nulls: the index stores absent values as absent (filters treat them as missing). */
export function compactDocument(document: ProductSearchDocument): Record<string, unknown> & { id: string } {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(document)) {
    if (value !== null && value !== undefined) out[key] = value
  }
  return out as Record<string, unknown> & { id: string }
}
