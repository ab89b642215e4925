import { browseOcop, canBrowseOcop } from "./browse.server"
import { PAGE_SIZE, parseFilters, type ListingFilters } from "./catalog"
import { searchProducts } from "./catalog.server"
import { errorStatus } from "./medusa.server"
import { toCard } from "./products"
import { searchByText, type Highlights } from "./search.server"
import { langFromPath } from "../i18n"

/**
 * Where a listing's results come from: text queries go to the backend's search engine (typos,
 * English names, highlights); browsing by stars, group and province, best stars first, goes to
 * the backend's OCOP listing (browse.server.ts: any catalogue size); price ranges and orders,
 * and producers, are answered from the catalogue index. If the search engine does not answer,
 * the catalogue index answers (a plain diacritic-free match) rather than an error page.
 */
async function findProducts(filters: ListingFilters) {
  if (canBrowseOcop(filters)) {
    return { ...(await browseOcop(filters, PAGE_SIZE)), highlights: {} as Record<string, Highlights>, didYouMean: null }
  }
  if (filters.q && filters.priceMin == null && filters.priceMax == null) {
    try {
      return await searchByText(filters, PAGE_SIZE)
    } catch (error) {
      console.warn(
        `[search] /store/ocop/search failed (${errorStatus(error) ?? "no answer"}); using the catalogue index`,
      )
    }
  }
  return { ...(await searchProducts(filters)), highlights: {} as Record<string, Highlights>, didYouMean: null }
}

/** Everything a listing page (all products, a group, a province, a producer) sends to the page. */
/** `url` is the loader's normalised URL (without React Router's ".data" suffix and "_routes"). */
export async function loadListing(url: URL, fixed: Partial<ListingFilters> = {}) {
  const lang = langFromPath(url.pathname)
  const filters = parseFilters(url.searchParams, fixed)
  const result = await findProducts(filters)
  return {
    filters,
    fixed: Object.keys(fixed) as (keyof ListingFilters)[],
    total: result.total,
    page: result.page,
    pages: result.pages,
    facets: result.facets,
    ocopAvailable: result.ocopAvailable,
    cards: result.items.map((product) => {
      const marked = result.highlights[product.id]
      // The card shows the English title where there is one: highlight the title it shows.
      const highlight = lang === "en" && product.titleEn ? marked?.title_en : marked?.title
      return { ...toCard(product, lang), highlight }
    }),
    didYouMean: result.didYouMean,
    returnTo: url.pathname + url.search,
  }
}

export type ListingData = Awaited<ReturnType<typeof loadListing>>
