import { data } from "react-router"
import type { Route } from "./+types/category"
import { Breadcrumbs } from "../components/ui"
import { Listing } from "../components/Listing"
import { langFromPath, translate, useT } from "../i18n"
import { productGroupByHandle, productGroupLabel } from "@ocop/reference"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { loadListing } from "../lib/listing.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** A product group (one of the six OCOP groups of Decision 148/2023). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const group = productGroupByHandle(params.handle)
  if (!group) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  const listing = await loadListing(url, { group: group.handle })
  const name = productGroupLabel(group, lang)
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${name} OCOP — ${translate(lang, "site.name")}`,
    description: translate(lang, "category.description", { group: name }),
    noindex: url.search.length > 0,
  })
  return data({ seo, name, code: group.code, isService: group.is_service, listing }, { headers: publicCache })
}

export default function Category({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          { label: t("nav.products"), to: href("/products") },
          { label: loaderData.name },
        ]}
      />
      <Listing
        data={loaderData.listing}
        heading={loaderData.name}
        intro={
          <p className="intro">
            {t("category.intro", { code: loaderData.code })}
            {loaderData.isService ? ` ${t("category.service_note")}` : ""}
          </p>
        }
      />
    </>
  )
}
