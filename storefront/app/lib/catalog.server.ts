/**
 * Reads the catalogue from the backend (store product API + the OCOP plugin's store routes)
 * and answers the storefront's listing questions.
 *
 * Listings need filters the store product API does not have (stars, province, producer, price
 * range, diacritic-free search, sort by price or stars). Until the backend offers one search
 * endpoint with all of them, this module keeps an in-memory index of the published catalogue,
 * refreshed in the background every INDEX_TTL_MS (stale-while-revalidate) and capped at
 * INDEX_MAX products. Swap `searchProducts` for a backend call when one exists; its callers
 * do not change.
 */
import { PAGE_SIZE, type ListingFilters } from "./catalog"
import { findProvince, fold, productGroupByHandle, provinceBySlug } from "@ocop/reference"
import { errorStatus, requireVietnamRegionId, sdk } from "./medusa.server"
import { normalizeOcop, summarizeProduct, type OcopInfo, type ProductSummary, type RawProduct } from "./products"

const INDEX_TTL_MS = 60_000
const INDEX_MAX = 5_000
const PAGE = 100

export const PRODUCT_LIST_FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "thumbnail",
  "created_at",
  "metadata",
  "categories.id",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.metadata",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
].join(",")

export const PRODUCT_DETAIL_FIELDS = [PRODUCT_LIST_FIELDS, "description", "*images"].join(",")

type Index = {
  products: ProductSummary[]
  byId: Map<string, ProductSummary>
  /** Whether the OCOP plugin's store routes answered (false: no stars anywhere yet). */
  ocopAvailable: boolean
  builtAt: number
}

let current: Index | undefined
let building: Promise<Index> | undefined

async function fetchAllProducts(regionId: string) {
  const products: RawProduct[] = []
  for (let offset = 0; offset < INDEX_MAX; offset += PAGE) {
    const page = await sdk.store.product.list({
      limit: PAGE,
      offset,
      order: "-created_at",
      region_id: regionId,
      country_code: "vn",
      fields: PRODUCT_LIST_FIELDS,
    })
    products.push(...(page.products as unknown as RawProduct[]))
    if (page.products.length < PAGE || products.length >= page.count) break
  }
  return products
}

/**
 * OCOP certificates of the products in the OCOP channel, from GET /store/ocop/products.
 * Returns null while the plugin does not have the route (404).
 */
async function fetchOcopMap(): Promise<Map<string, OcopInfo> | null> {
  const map = new Map<string, OcopInfo>()
  try {
    for (let offset = 0; offset < INDEX_MAX; offset += PAGE) {
      const page = await sdk.client.fetch<{ products?: RawProduct[]; count?: number }>("/store/ocop/products", {
        query: { limit: PAGE, offset },
      })
      const products = page.products ?? []
      for (const product of products) {
        const ocop = normalizeOcop(product.ocop)
        if (product.id && ocop) map.set(product.id, ocop)
      }
      if (products.length < PAGE || (page.count != null && offset + PAGE >= page.count)) break
    }
    return map
  } catch (error) {
    if (errorStatus(error) === 404) return null
    console.warn("[catalog] /store/ocop/products failed:", error instanceof Error ? error.message : error)
    return null
  }
}

async function buildIndex(): Promise<Index> {
  const regionId = await requireVietnamRegionId()
  const [raw, ocop] = await Promise.all([fetchAllProducts(regionId), fetchOcopMap()])
  const products = raw.map((product) => summarizeProduct(product, ocop?.get(product.id) ?? normalizeOcop(product.ocop)))
  return { products, byId: new Map(products.map((p) => [p.id, p])), ocopAvailable: ocop !== null, builtAt: Date.now() }
}

/** The catalogue index: fresh within INDEX_TTL_MS, else served stale while it rebuilds. */
export async function getIndex(): Promise<Index> {
  const stale = !current || Date.now() - current.builtAt > INDEX_TTL_MS
  if (stale && !building) {
    building = buildIndex()
      .then((index) => (current = index))
      .finally(() => (building = undefined))
  }
  if (current) {
    building?.catch((error) => console.warn("[catalog] refresh failed, serving the previous index:", error))
    return current
  }
  return building!
}

/** Forget the index (tests, or after a change the buyer must see at once). */
export function invalidateIndex() {
  current = undefined
}

// ---------------------------------------------------------------------------------------------

export type Facets = {
  groups: Record<string, number>
  provinces: Record<string, number>
  stars: Record<string, number>
  producers: Record<string, { name: string; count: number }>
}

export type SearchResult = {
  items: ProductSummary[]
  total: number
  page: number
  pages: number
  facets: Facets
  ocopAvailable: boolean
}

function matches(product: ProductSummary, filters: ListingFilters, skip?: keyof ListingFilters) {
  if (filters.q && skip !== "q") {
    const tokens = fold(filters.q).split(/\s+/).filter(Boolean)
    if (!tokens.every((token) => product.searchText.includes(token))) return false
  }
  if (filters.stars && skip !== "stars" && (product.ocop?.stars ?? 0) < filters.stars) return false
  if (filters.group && skip !== "group" && product.groupHandle !== filters.group) return false
  if (filters.province && skip !== "province") {
    const province = provinceBySlug(filters.province)
    if (!province || product.province !== province.name) return false
  }
  if (filters.producer && skip !== "producer" && product.producer?.key !== filters.producer) return false
  if (skip !== "priceMin" && filters.priceMin != null && (product.price == null || product.price < filters.priceMin))
    return false
  if (skip !== "priceMax" && filters.priceMax != null && (product.price == null || product.price > filters.priceMax))
    return false
  return true
}

function relevance(product: ProductSummary, query: string) {
  if (!query) return 0
  const q = fold(query)
  const title = fold(product.title)
  let score = 0
  if (title.startsWith(q)) score += 4
  else if (title.includes(q)) score += 2
  if (product.titleEn && fold(product.titleEn).includes(q)) score += 1
  return score
}

const time = (value: string | null) => (value ? new Date(value).getTime() : 0)

export function sortProducts(products: ProductSummary[], filters: ListingFilters) {
  const byNewest = (a: ProductSummary, b: ProductSummary) => time(b.createdAt) - time(a.createdAt)
  const byStars = (a: ProductSummary, b: ProductSummary) => (b.ocop?.stars ?? 0) - (a.ocop?.stars ?? 0)
  const price = (p: ProductSummary, missing: number) => p.price ?? missing
  const sorted = [...products]
  switch (filters.sort) {
    case "price_asc":
      return sorted.sort((a, b) => price(a, Infinity) - price(b, Infinity) || byNewest(a, b))
    case "price_desc":
      return sorted.sort((a, b) => price(b, -Infinity) - price(a, -Infinity) || byNewest(a, b))
    case "newest":
      return sorted.sort(byNewest)
    case "stars":
      return sorted.sort((a, b) => byStars(a, b) || byNewest(a, b))
    default:
      // Relevance: text match first, then certified stars, in stock, newest.
      return sorted.sort(
        (a, b) =>
          relevance(b, filters.q) - relevance(a, filters.q) ||
          byStars(a, b) ||
          Number(a.stock === "out_of_stock") - Number(b.stock === "out_of_stock") ||
          byNewest(a, b),
      )
  }
}

function count(products: ProductSummary[], key: (p: ProductSummary) => string | null | undefined) {
  const counts: Record<string, number> = {}
  for (const product of products) {
    const value = key(product)
    if (value) counts[value] = (counts[value] ?? 0) + 1
  }
  return counts
}

export async function searchProducts(filters: ListingFilters, pageSize = PAGE_SIZE): Promise<SearchResult> {
  const index = await getIndex()
  const found = index.products.filter((product) => matches(product, filters))
  const sorted = sortProducts(found, filters)
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize))
  const page = Math.min(filters.page, pages)
  const facets: Facets = {
    groups: count(
      index.products.filter((p) => matches(p, filters, "group")),
      (p) => p.groupHandle,
    ),
    provinces: count(
      index.products.filter((p) => matches(p, filters, "province")),
      (p) => (p.province ? provinceSlugOf(p.province) : null),
    ),
    stars: count(
      index.products.filter((p) => matches(p, filters, "stars")),
      (p) => (p.ocop ? String(p.ocop.stars) : null),
    ),
    producers: {},
  }
  for (const product of index.products.filter((p) => matches(p, filters, "producer"))) {
    if (!product.producer) continue
    const entry = (facets.producers[product.producer.key] ??= { name: product.producer.name, count: 0 })
    entry.count += 1
  }
  return {
    items: sorted.slice((page - 1) * pageSize, page * pageSize),
    total: sorted.length,
    page,
    pages,
    facets,
    ocopAvailable: index.ocopAvailable,
  }
}

function provinceSlugOf(name: string) {
  return findProvince(name)?.slug ?? null
}

/** Producers known from the catalogue (key → name, province, product count). */
export async function findProducer(key: string) {
  const index = await getIndex()
  const products = index.products.filter((p) => p.producer?.key === key)
  if (!products.length) return null
  const provinces = [...new Set(products.map((p) => p.province).filter(Boolean))] as string[]
  return { key, name: products[0].producer!.name, provinces, products }
}

/**
 * Certificates of a few products, read from the OCOP listing (one SQL statement on the backend)
 * rather than the in-memory index, which holds at most INDEX_MAX products; null when the OCOP
 * routes are absent.
 */
async function certificatesOf(query: Record<string, string | number>) {
  try {
    const page = await sdk.client.fetch<{ products: RawProduct[] }>("/store/ocop/products", { query })
    return page.products.flatMap((p) => {
      const ocop = normalizeOcop(p.ocop)
      return ocop ? [{ id: p.id, ocop }] : []
    })
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}

/** One product with description and images, by handle, and its certificate. */
export async function getProductByHandle(handle: string) {
  const regionId = await requireVietnamRegionId()
  const { products } = await sdk.store.product.list({
    handle,
    limit: 1,
    region_id: regionId,
    country_code: "vn",
    fields: PRODUCT_DETAIL_FIELDS,
  })
  const raw = products[0] as unknown as RawProduct | undefined
  if (!raw) return null
  const certificates = await certificatesOf({ id: raw.id, limit: 1 })
  return {
    product: summarizeProduct(raw, certificates?.[0]?.ocop ?? normalizeOcop(raw.ocop)),
    ocopAvailable: certificates !== null,
  }
}

/** Certified products to show next to one: same group, preferring the same producer and province. */
export async function relatedProducts(product: ProductSummary, limit = 4) {
  const group = productGroupByHandle(product.groupHandle)
  if (!group) return []
  const candidates = ((await certificatesOf({ product_group: group.code, limit: 40 })) ?? []).filter(
    (c) => c.id !== product.id,
  )
  const score = (ocop: OcopInfo) =>
    (ocop.producer && ocop.producer === product.producer?.name ? 4 : 0) +
    (ocop.province && ocop.province === product.province ? 1 : 0) +
    ocop.stars / 10
  const chosen = candidates.sort((a, b) => score(b.ocop) - score(a.ocop)).slice(0, limit)
  const summaries = await getProductsById(
    chosen.map((c) => c.id),
    new Map(chosen.map((c) => [c.id, c.ocop])),
  )
  return chosen.flatMap((c) => summaries.get(c.id) ?? [])
}

/** The certificates of some products (stars, producer), read in pages the OCOP route allows. */
async function certificatesById(ids: string[]) {
  const found = new Map<string, OcopInfo | null>()
  for (let start = 0; start < ids.length; start += PAGE) {
    const chunk = ids.slice(start, start + PAGE)
    for (const { id, ocop } of (await certificatesOf({ id: chunk.join(","), limit: chunk.length })) ?? [])
      found.set(id, ocop)
  }
  return found
}

/**
 * Current product data for a few products (cart and checkout checks, search results, campaign and
 * event pages), fresh, not from the index; `ocop` gives their certificates where the caller has
 * them, otherwise they are read here so that every card shows its stars and producer.
 */
export async function getProductsById(ids: string[], ocop?: Map<string, OcopInfo | null>) {
  if (!ids.length) return new Map<string, ProductSummary>()
  const regionId = await requireVietnamRegionId()
  const [{ products }, certificates] = await Promise.all([
    sdk.store.product.list({
      id: ids,
      limit: ids.length,
      region_id: regionId,
      country_code: "vn",
      fields: PRODUCT_LIST_FIELDS,
    }),
    ocop ?? certificatesById(ids),
  ])
  return new Map(
    (products as unknown as RawProduct[]).map((raw) => [
      raw.id,
      summarizeProduct(raw, certificates.has(raw.id) ? certificates.get(raw.id) : undefined),
    ]),
  )
}

// ---------------------------------------------------------------------------------------------

/**
 * A certificate as the backend states it now: `valid` (computed by the backend) decides whether
 * stars and "valid until" may be shown; otherwise `status`, `endedOn` and `revocationReason` say why not.
 */
export type Certificate = {
  decisionNumber: string
  stars: number | null
  status: string | null
  valid: boolean
  endedOn: string | null
  revocationReason: string | null
  productHandle: string | null
  validUntil: string | null
  issuedAt: string | null
  authority: string | null
  productTitle: string | null
  productTitleEn: string | null
  producer: string | null
  province: string | null
}

/**
 * A decision number is unique only within its issuer and year: `certificates` lists every match
 * (a decision may also recognise several products); `ambiguous` when they belong to several
 * decisions, which the issuer or the year given tell apart.
 */
export type VerifyResult =
  { kind: "found"; certificates: Certificate[]; ambiguous: boolean } | { kind: "not_found" } | { kind: "invalid" }

/**
 * GET /store/ocop/certificates/verify?decision_number=…[&issuer=…][&year=…] : every certificate
 * recorded under the number (narrowed by issuer and year when given); "not_found" (404) when none;
 * "invalid" (400) when the text is not a decision number at all.
 */
export async function verifyCertificate(
  decisionNumber: string,
  narrow: { issuer?: string; year?: number } = {},
): Promise<VerifyResult> {
  try {
    const { certificates, certificate, ambiguous } = await sdk.client.fetch<{
      certificates?: Record<string, any>[]
      certificate?: Record<string, any> | null
      ambiguous?: boolean
    }>("/store/ocop/certificates/verify", {
      query: {
        decision_number: decisionNumber,
        ...(narrow.issuer ? { issuer: narrow.issuer } : {}),
        ...(narrow.year ? { year: narrow.year } : {}),
      },
    })
    const rows = certificates ?? (certificate ? [certificate] : [])
    if (!rows.length) return { kind: "not_found" }
    return {
      kind: "found",
      certificates: rows.map((row) => toCertificate(row, decisionNumber)),
      ambiguous: Boolean(ambiguous),
    }
  } catch (error) {
    if (errorStatus(error) === 404) return { kind: "not_found" }
    if (errorStatus(error) === 400) return { kind: "invalid" }
    throw error
  }
}

function toCertificate(certificate: Record<string, any>, decisionNumber: string): Certificate {
  const pickName = (value: unknown) =>
    typeof value === "string"
      ? value
      : value && typeof value === "object"
        ? ((value as any).name ?? (value as any).title ?? (value as any).legal_name ?? null)
        : null
  const province = certificate.province
  return {
    decisionNumber: certificate.decision_number ?? decisionNumber,
    stars: certificate.stars != null ? Number(certificate.stars) : null,
    status: certificate.status ?? null,
    // Only the backend's own verdict counts: no verdict, no stars.
    valid: certificate.valid === true,
    endedOn: certificate.ended_on ?? null,
    revocationReason: certificate.revocation_reason ?? null,
    productHandle: certificate.product_handle ?? null,
    validUntil: certificate.valid_until ?? null,
    issuedAt: certificate.decision_date ?? certificate.issued_at ?? null,
    authority: certificate.authority ?? null,
    productTitle: certificate.product_title ?? pickName(certificate.product),
    productTitleEn: certificate.product_title_en ?? null,
    producer: certificate.producer_name ?? pickName(certificate.producer),
    province: findProvince(certificate.province_name ?? pickName(province))?.name ?? pickName(province),
  }
}

export type ProductCertificate = {
  product: { id: string; title: string; titleEn: string | null; handle: string; thumbnail: string | null }
  certificate: Certificate
}

/**
 * GET /store/ocop/products/:handle/certificate: the certificate that speaks for a product now,
 * also for a product no longer on sale because its certificate was revoked or expired; null when
 * the product never held one (or the route is absent).
 */
export async function productCertificate(handle: string): Promise<ProductCertificate | null> {
  try {
    const body = await sdk.client.fetch<{ product: Record<string, any>; certificate: Record<string, any> }>(
      `/store/ocop/products/${encodeURIComponent(handle)}/certificate`,
    )
    return {
      product: {
        id: body.product.id,
        title: body.product.title,
        titleEn: body.product.title_en ?? null,
        handle: body.product.handle,
        thumbnail: body.product.thumbnail ?? null,
      },
      certificate: toCertificate(body.certificate, body.certificate.decision_number),
    }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 400) return null
    throw error
  }
}
