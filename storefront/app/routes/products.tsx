import { data } from "react-router"
import type { Route } from "./+types/products"
import { Listing } from "../components/Listing"
import { langFromPath, translate, useT } from "../i18n"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { loadListing } from "../lib/listing.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const listing = await loadListing(url)
  const title = listing.filters.q
    ? translate(lang, "products.search_title", { q: listing.filters.q })
    : translate(lang, "products.title")
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${title} — ${translate(lang, "site.name")}`,
    description: translate(lang, "products.description"),
    // Filtered and searched variants of this page are not separate pages for search engines.
    noindex: url.search.length > 0,
  })
  return data({ seo, title, listing }, { headers: publicCache })
}

export default function Products({ loaderData }: Route.ComponentProps) {
  useT()
  return <Listing data={loaderData.listing} heading={loaderData.title} />
}
