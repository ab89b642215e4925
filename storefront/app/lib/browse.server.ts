/**
 * Browsing and counting the OCOP catalogue at national scale, from the backend's OCOP store routes:
 * GET /store/ocop/products answers the filters (stars, group, province, producer), the order (best
 * stars first, or the latest decisions) and the total with one indexed SQL statement, and GET
 * /store/ocop/summary the counts (by stars, group, province, producers) with two, whatever the size
 * of the catalogue. The page's prices and stock are then read fresh (getProductsById). Nothing is
 * kept between requests: any number of storefront processes give the same answers.
 */
import { type ListingFilters } from "./catalog"
import { productGroupByHandle, provinceBySlug } from "@ocop/reference"
import { errorStatus, sdk } from "./medusa.server"
import { normalizeOcop, type ProductSummary, type RawProduct } from "./products"
import { getProductsById } from "./products.server"

export type Facets = {
  groups: Record<string, number>
  provinces: Record<string, number>
  stars: Record<string, number>
  /** By producer name (the value the listing's producer filter takes). */
  producers: Record<string, { name: string; count: number }>
}

export type SearchResult = {
  items: ProductSummary[]
  total: number
  page: number
  pages: number
  facets: Facets
  ocopAvailable: boolean
  /** Where the next and previous pages start (browsing only): their links carry them. */
  cursors?: PageCursors
}

/** The OCOP listing's cursors of a page: `after=next` is the next page, `before=prev` the previous one. */
export type PageCursors = { next: string | null; prev: string | null }
/** A page asked for by a cursor of the page next to it (from a next or previous link). */
export type PageCursor = { after: string } | { before: string }

/** A cursor as the listing gives them (base64url); anything else in a URL is ignored. */
export function pageCursorFrom(params: URLSearchParams): PageCursor | undefined {
  const valid = (value: string | null) => (value && /^[A-Za-z0-9_-]{1,400}$/.test(value) ? value : null)
  const after = valid(params.get("after"))
  if (after) return { after }
  const before = valid(params.get("before"))
  return before ? { before } : undefined
}

/** The filters of GET /store/ocop/products and /store/ocop/summary. */
export type OcopQuery = {
  id?: string[]
  /** Minimum stars (3, 4 or 5). */
  stars?: number | null
  group?: string | null
  province?: string | null
  producerId?: string | null
}

function ocopParams(query: OcopQuery) {
  const params: Record<string, string | number> = {}
  if (query.id?.length) params.id = query.id.join(",")
  if (query.stars) params.stars = [3, 4, 5].filter((s) => s >= query.stars!).join(",")
  const group = productGroupByHandle(query.group ?? null)
  if (group) params.product_group = group.code
  const province = provinceBySlug(query.province ?? null)
  if (province) params.province = province.name
  if (query.producerId) params.subject_id = query.producerId
  return params
}

type OcopPage = { products: RawProduct[]; count: number; next_cursor: string | null; prev_cursor: string | null }

/**
 * A page of OCOP products on sale (best stars first, or `newest` decisions first), with fresh prices
 * and stock: two backend requests whatever the catalogue size. A page next to one already shown is
 * read from its cursor (as deep pages cost what the first costs); a cursor the backend refuses
 * (from an older link) falls back to the page's offset.
 */
export async function listOcopProducts(
  query: OcopQuery,
  page: { limit: number; offset?: number; sort?: "stars" | "newest"; cursor?: PageCursor },
) {
  const params = { ...ocopParams(query), limit: page.limit, sort: page.sort ?? "stars" }
  const byOffset = () =>
    sdk.client.fetch<OcopPage>("/store/ocop/products", { query: { ...params, offset: page.offset ?? 0 } })
  const body = page.cursor
    ? await sdk.client
        .fetch<OcopPage>("/store/ocop/products", { query: { ...params, ...page.cursor } })
        .catch((error) => (errorStatus(error) === 400 ? byOffset() : Promise.reject(error)))
    : await byOffset()
  const products = await getProductsById(
    body.products.map((p) => p.id),
    new Map(body.products.map((p) => [p.id, normalizeOcop(p.ocop)])),
  )
  return {
    items: body.products.flatMap((p) => {
      const product = products.get(p.id)
      return product ? [product] : []
    }),
    count: body.count,
    cursors: { next: body.next_cursor ?? null, prev: body.prev_cursor ?? null },
  }
}

export type OcopSummary = {
  count: number
  stars: { value: number; count: number }[]
  product_group: { value: number; count: number }[]
  province: { value: string; count: number }[]
  producers: { id: string; name: string; province: string; count: number }[]
  /** Null when no producers were asked for. */
  producers_count: number | null
}

/** How many OCOP products are on sale by stars, group and province, and their producers (most products first). */
export async function ocopSummary(query: OcopQuery, producers = 0): Promise<OcopSummary> {
  return sdk.client.fetch<OcopSummary>("/store/ocop/summary", {
    query: { ...ocopParams(query), producers_limit: producers },
  })
}

export type ProvinceProducers = {
  producers: { id: string; name: string; count: number }[]
  /** How many producers have products on sale in the province (at most the backend's cap). */
  count: number
  /** True when there are more than `count`. */
  count_capped: boolean
}

/** A page of a province's producers, most products on sale first (one bounded backend read). */
export async function provinceProducers(
  provinceSlug: string,
  page: { limit: number; offset: number },
): Promise<ProvinceProducers> {
  return sdk.client.fetch<ProvinceProducers>(`/store/ocop/provinces/${encodeURIComponent(provinceSlug)}/producers`, {
    query: page,
  })
}

/** What this path answers: filters the endpoint has, in an order it gives. */
export function canBrowseOcop(filters: ListingFilters) {
  return (
    !filters.q &&
    filters.priceMin == null &&
    filters.priceMax == null &&
    (!filters.producer || Boolean(filters.producerId)) &&
    (filters.sort === "relevance" || filters.sort === "stars")
  )
}

export async function browseOcop(
  filters: ListingFilters,
  pageSize: number,
  cursor?: PageCursor,
): Promise<SearchResult> {
  const { items, count, cursors } = await listOcopProducts(filters, {
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
    // page 1 is the start: its own offset, whatever a link carried
    cursor: filters.page > 1 ? cursor : undefined,
  })
  const pages = Math.max(1, Math.ceil(count / pageSize))
  return {
    items,
    total: count,
    page: Math.min(filters.page, pages),
    pages,
    facets: { groups: {}, provinces: {}, stars: {}, producers: {} },
    ocopAvailable: true,
    cursors,
  }
}
