import { browseOcop, canBrowseOcop, pageCursorFrom, type PageCursor } from "./browse.server"
import { PAGE_SIZE, parseFilters, type ListingFilters } from "./catalog"
import { toCard } from "./products"
import { searchByText, type Highlights } from "./search.server"
import { langFromPath } from "../i18n"

/**
 * Where a listing's results come from, both answering at any catalogue size: browsing by stars,
 * group, province or a producer page's producer, best stars first, goes to the backend's OCOP
 * listing (browse.server.ts); everything else (text, price ranges and orders, newest, the
 * producer filter) to the backend's search engine (search.server.ts), with facet counts.
 */
async function findProducts(filters: ListingFilters, cursor?: PageCursor) {
  if (canBrowseOcop(filters)) {
    return {
      ...(await browseOcop(filters, PAGE_SIZE, cursor)),
      highlights: {} as Record<string, Highlights>,
      didYouMean: null,
    }
  }
  return { ...(await searchByText(filters, PAGE_SIZE)), cursors: undefined }
}

/** Everything a listing page (all products, a group, a province, a producer) sends to the page. */
/** `url` is the loader's normalised URL (without React Router's ".data" suffix and "_routes"). */
export async function loadListing(url: URL, fixed: Partial<ListingFilters> = {}) {
  const lang = langFromPath(url.pathname)
  const filters = parseFilters(url.searchParams, fixed)
  // A next or previous link's cursor: where that page starts in the OCOP listing (browsing only)
  const result = await findProducts(filters, pageCursorFrom(url.searchParams))
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
    cursors: result.cursors ?? null,
    returnTo: url.pathname + url.search,
  }
}

export type ListingData = Awaited<ReturnType<typeof loadListing>>
