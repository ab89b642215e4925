/**
 * Text search through the backend's Search Module (`GET /store/ocop/search`, plugins/search): no
 * diacritics needed, typos forgiven, English names, highlights and "did you mean". The engine
 * decides what matches, in which order (also by price), within which price range, and the facet
 * counts; the page's products are then read fresh from the store API (prices and stock for the
 * one-tap "add to cart"), whatever the size of the catalogue. It also answers listings without
 * text that the OCOP listing cannot (price ranges and orders, newest, a producer by name).
 */
import { type ListingFilters } from "./catalog"
import {
  findProvince,
  PRODUCT_GROUPS,
  productGroupByHandle,
  provinceBySlug,
  type OcopSearchAnswer,
  type OcopSearchHit,
} from "@ocop/reference"
import type { Facets, SearchResult } from "./browse.server"
import { getProductsById } from "./products.server"
import { sdk } from "./medusa.server"
import type { OcopInfo } from "./products"

export type Highlights = { title?: string; title_en?: string }

export type TextSearchResult = SearchResult & {
  /** Titles with the matched words in <mark> (HTML-escaped by the backend), by product id. */
  highlights: Record<string, Highlights>
  didYouMean: string | null
}

const SORT: Record<ListingFilters["sort"], string> = {
  relevance: "relevance",
  price_asc: "price_asc",
  price_desc: "price_desc",
  newest: "newest",
  stars: "stars_desc",
  rating: "rating_desc",
}

/** The storefront's filters as the search route's parameters ("4 stars" means 4 or more). */
function searchParams(filters: ListingFilters, limit: number, offset: number) {
  const query: Record<string, string | number> = { sort: SORT[filters.sort], limit, offset }
  if (filters.q) query.q = filters.q
  if (filters.stars) query.stars = [3, 4, 5].filter((s) => s >= filters.stars!).join(",")
  const group = productGroupByHandle(filters.group)
  if (group) query.product_group = group.code
  const province = provinceBySlug(filters.province)
  if (province) query.province = province.name
  if (filters.producer) query.producer = filters.producer
  if (filters.priceMin != null) query.price_min = filters.priceMin
  if (filters.priceMax != null) query.price_max = filters.priceMax
  return query
}

function toFacets(facets: OcopSearchAnswer["facets"]): Facets {
  const result: Facets = { groups: {}, provinces: {}, stars: {}, producers: {} }
  for (const { value, count } of facets.product_group ?? []) {
    const group = PRODUCT_GROUPS.find((g) => g.code === Number(value))
    if (group) result.groups[group.handle] = count
  }
  for (const { value, count } of facets.province ?? []) {
    const province = findProvince(value)
    if (province) result.provinces[province.slug] = count
  }
  for (const { value, count } of facets.stars ?? []) result.stars[String(value)] = count
  for (const { value, count } of facets.producer ?? []) {
    result.producers[value] = { name: value, count }
  }
  return result
}

function ocopOf(hit: OcopSearchHit): OcopInfo | null {
  // The search answers only products whose certificate is valid now, and says so per hit.
  if (hit.stars == null || !hit.certificate.valid) return null
  return {
    stars: hit.stars,
    groupHandle: PRODUCT_GROUPS.find((g) => g.code === hit.product_group)?.handle ?? null,
    subgroup: hit.subgroup,
    province: findProvince(hit.province)?.name ?? hit.province,
    producer: hit.producer,
    producerId: null,
    decisionNumber: hit.certificate.decision_number,
    authority: null,
    validUntil: hit.certificate.valid_until,
    issuedAt: null,
  }
}

export async function searchByText(filters: ListingFilters, pageSize: number): Promise<TextSearchResult> {
  // The engine pages up to 10,000 results deep (plugins/search MAX_OFFSET).
  const offset = Math.min((filters.page - 1) * pageSize, 10_000)
  const response = await sdk.client.fetch<OcopSearchAnswer>("/store/ocop/search", {
    query: searchParams(filters, pageSize, offset),
  })
  const pages = Math.max(1, Math.ceil(response.count / pageSize))
  const products = await getProductsById(
    response.hits.map((hit) => hit.id),
    new Map(response.hits.map((hit) => [hit.id, ocopOf(hit)])),
  )
  const highlights: Record<string, Highlights> = {}
  const items = response.hits.flatMap((hit) => {
    const product = products.get(hit.id)
    if (!product) return []
    if (hit.highlights) highlights[hit.id] = hit.highlights
    return [product]
  })
  return {
    items,
    total: response.count,
    page: Math.min(filters.page, pages),
    pages,
    facets: toFacets(response.facets),
    ocopAvailable: true,
    highlights,
    didYouMean: response.did_you_mean ?? null,
  }
}

/** Up to six product titles for the search box, as the buyer types (in the page's language). */
export async function suggestTitles(q: string, lang: "vi" | "en") {
  const query = q.trim().slice(0, 100)
  if (query.length < 2) return []
  const response = await sdk.client.fetch<{ hits: { title: string; title_en: string | null }[] }>(
    "/store/ocop/search",
    {
      query: { q: query, limit: 6, facets: "stars" },
    },
  )
  const titles = response.hits.map((hit) => (lang === "en" && hit.title_en) || hit.title)
  return [...new Set(titles)]
}
