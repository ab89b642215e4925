/**
 * The listing filter/sort model kept in the URL, shared by server and browser code. The product
 * groups, provinces and folding it relies on are reference data of @ocop/reference.
 */
import { productGroupByHandle, provinceBySlug } from "@ocop/reference"

// ---------------------------------------------------------------------------------------------
// Listing filters and sorting, all in the URL (GET forms work without JavaScript).

export const SORTS = ["relevance", "price_asc", "price_desc", "newest", "stars", "rating"] as const
export type Sort = (typeof SORTS)[number]
export const STAR_LEVELS = [5, 4, 3] as const

export type ListingFilters = {
  q: string
  /** Minimum stars (3, 4 or 5). */
  stars: number | null
  group: string | null
  province: string | null
  /** The producer's name (as the search engine and its facet know it). */
  producer: string | null
  /** The producer's OCOP subject id: fixed by a producer page, never read from the query string. */
  producerId?: string | null
  priceMin: number | null
  priceMax: number | null
  sort: Sort
  page: number
}

export const PAGE_SIZE = 24

function positiveInt(value: string | null, max = 1_000_000_000) {
  if (value == null || value.trim() === "") return null
  const digits = value.replace(/[.,\s₫đ]/gi, "")
  if (!/^\d+$/.test(digits)) return null
  const number = Number(digits)
  return number > max ? max : number
}

/** Reads filters from a URL; anything unknown or malformed is ignored, never an error. */
export function parseFilters(params: URLSearchParams, fixed: Partial<ListingFilters> = {}): ListingFilters {
  const stars = positiveInt(params.get("stars"))
  const sort = params.get("sort") as Sort
  let priceMin = positiveInt(params.get("min"))
  let priceMax = positiveInt(params.get("max"))
  if (priceMin != null && priceMax != null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  return {
    q: (params.get("q") ?? "").trim().slice(0, 100),
    stars: stars != null && stars >= 3 && stars <= 5 ? stars : null,
    group: productGroupByHandle(params.get("group"))?.handle ?? null,
    province: provinceBySlug(params.get("province"))?.slug ?? null,
    producer: (params.get("producer") ?? "").trim().slice(0, 200) || null,
    priceMin,
    priceMax,
    sort: SORTS.includes(sort) ? sort : "relevance",
    page: Math.max(1, Math.min(positiveInt(params.get("page")) ?? 1, 1000)),
    ...fixed,
  }
}

/**
 * The search keywords of the page being shown (its `q`). The header's search box shows them and is
 * the only place they are typed; the filter form carries them unchanged, so applying filters never
 * searches other words than the ones on screen.
 */
export function currentKeywords(search: string | URLSearchParams) {
  const params = typeof search === "string" ? new URLSearchParams(search) : search
  return (params.get("q") ?? "").trim()
}

/** The query string for filters, leaving out defaults and the fixed (path) ones. */
export function filtersToSearch(filters: ListingFilters, omit: (keyof ListingFilters)[] = []) {
  const params = new URLSearchParams()
  const put = (key: string, name: keyof ListingFilters, value: unknown) => {
    if (omit.includes(name) || value == null || value === "") return
    params.set(key, String(value))
  }
  put("q", "q", filters.q)
  put("stars", "stars", filters.stars)
  put("group", "group", filters.group)
  put("province", "province", filters.province)
  put("producer", "producer", filters.producer)
  put("min", "priceMin", filters.priceMin)
  put("max", "priceMax", filters.priceMax)
  if (filters.sort !== "relevance") put("sort", "sort", filters.sort)
  if (filters.page > 1) put("page", "page", filters.page)
  const search = params.toString()
  return search ? `?${search}` : ""
}

/**
 * The link to page `target` of a listing shown at page `current`: the next and previous pages
 * start at this page's cursors (`after=` its last product, `before=` its first), so a deep page
 * costs the backend what the first costs; other pages, and the first, by their number alone.
 */
export function pageHref(
  href: string,
  target: number,
  current: number,
  cursors: { next: string | null; prev: string | null } | null,
) {
  const cursor =
    target === current + 1 && cursors?.next
      ? `after=${encodeURIComponent(cursors.next)}`
      : target === current - 1 && target > 1 && cursors?.prev
        ? `before=${encodeURIComponent(cursors.prev)}`
        : ""
  return cursor ? `${href}${href.includes("?") ? "&" : "?"}${cursor}` : href
}
