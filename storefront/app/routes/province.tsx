import { data } from "react-router"
import type { Route } from "./+types/province"
import { Breadcrumbs } from "../components/ui"
import { Listing } from "../components/Listing"
import { langFromPath, translate, useT } from "../i18n"
import { provinceBySlug, provinceName } from "../lib/catalog"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { loadListing } from "../lib/listing.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** OCOP products of one of the 34 provinces (old province names are mapped to the new units). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const province = provinceBySlug(params.slug)
  if (!province) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  const listing = await loadListing(url, { province: province.slug })
  const name = provinceName(province, lang)
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "province.title", { province: name }),
    description: translate(lang, "province.description", { province: name }),
    noindex: url.search.length > 0,
  })
  return data({ seo, name, merged: province.merged, listing }, { headers: publicCache })
}

export default function Province({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          { label: t("nav.provinces"), to: href("/provinces") },
          { label: loaderData.name },
        ]}
      />
      <Listing
        data={loaderData.listing}
        heading={t("province.heading", { province: loaderData.name })}
        intro={
          loaderData.merged.length ? (
            <p className="intro">{t("province.merged", { names: loaderData.merged.join(", ") })}</p>
          ) : null
        }
      />
    </>
  )
}
