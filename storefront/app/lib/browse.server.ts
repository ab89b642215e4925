/**
 * Browsing without text at national scale: GET /store/ocop/products answers the filters (stars,
 * group, province), the order (best stars first) and the total with one indexed query in the
 * backend, whatever the size of the catalogue; the page's prices and stock are then read fresh
 * (getProductsById). The catalogue index (catalog.server.ts) holds at most 5,000 products, so it
 * cannot answer these pages for a national catalogue. Facet counts are not computed on this path.
 */
import { type ListingFilters } from "./catalog"
import { productGroupByHandle, provinceBySlug } from "@ocop/reference"
import { getProductsById, type SearchResult } from "./catalog.server"
import { sdk } from "./medusa.server"
import { normalizeOcop, type RawProduct } from "./products"

/** What this path answers: filters the endpoint has, in an order it gives. */
export function canBrowseOcop(filters: ListingFilters) {
  return (
    !filters.q &&
    filters.priceMin == null &&
    filters.priceMax == null &&
    !filters.producer &&
    (filters.sort === "relevance" || filters.sort === "stars")
  )
}

export async function browseOcop(filters: ListingFilters, pageSize: number): Promise<SearchResult> {
  const query: Record<string, string | number> = { limit: pageSize, offset: (filters.page - 1) * pageSize }
  if (filters.stars) query.stars = [3, 4, 5].filter((s) => s >= filters.stars!).join(",")
  const group = productGroupByHandle(filters.group)
  if (group) query.product_group = group.code
  const province = provinceBySlug(filters.province)
  if (province) query.province = province.name
  const page = await sdk.client.fetch<{ products: RawProduct[]; count: number }>("/store/ocop/products", { query })
  const ocop = new Map(page.products.map((p) => [p.id, normalizeOcop(p.ocop)]))
  const products = await getProductsById(
    page.products.map((p) => p.id),
    ocop,
  )
  const pages = Math.max(1, Math.ceil(page.count / pageSize))
  return {
    items: page.products.flatMap((p) => products.get(p.id) ?? []),
    total: page.count,
    page: Math.min(filters.page, pages),
    pages,
    facets: { groups: {}, provinces: {}, stars: {}, producers: {} },
    ocopAvailable: true,
  }
}
