import { parseFilters, type ListingFilters } from "./catalog"
import { searchProducts } from "./catalog.server"
import { toCard } from "./products"
import { langFromPath } from "../i18n"

/** Everything a listing page (all products, a group, a province, a producer) sends to the page. */
/** `url` is the loader's normalised URL (without React Router's ".data" suffix and "_routes"). */
export async function loadListing(url: URL, fixed: Partial<ListingFilters> = {}) {
  const lang = langFromPath(url.pathname)
  const filters = parseFilters(url.searchParams, fixed)
  const result = await searchProducts(filters)
  return {
    filters,
    fixed: Object.keys(fixed) as (keyof ListingFilters)[],
    total: result.total,
    page: result.page,
    pages: result.pages,
    facets: result.facets,
    ocopAvailable: result.ocopAvailable,
    cards: result.items.map((product) => toCard(product, lang)),
    returnTo: url.pathname + url.search,
  }
}

export type ListingData = Awaited<ReturnType<typeof loadListing>>
