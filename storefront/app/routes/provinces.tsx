import { data, Link } from "react-router"
import type { Route } from "./+types/provinces"
import { langFromPath, translate, useT } from "../i18n"
import { provinceName, PROVINCES_SORTED } from "@ocop/reference"
import { ocopSummary } from "../lib/browse.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** All 34 provinces and centrally-run cities, with how many OCOP products each has here. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  // Counted by the backend (GET /store/ocop/summary: one statement, any catalogue size).
  const summary = await ocopSummary({})
  const counts = Object.fromEntries(summary.province.map(({ value, count }) => [value, count]))
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${translate(lang, "provinces.title")} — ${translate(lang, "site.name")}`,
    description: translate(lang, "provinces.description"),
  })
  return data({ seo, counts }, { headers: publicCache })
}

export default function Provinces({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  return (
    <>
      <h1>{t("provinces.title")}</h1>
      <p className="intro">{t("provinces.intro")}</p>
      <ul className="tile-list provinces">
        {PROVINCES_SORTED.map((province) => (
          <li key={province.slug}>
            <Link to={href(`/provinces/${province.slug}`)} className="tile">
              <span className="tile-title">{provinceName(province, lang)}</span>
              <span className="tile-count">{t("listing.count", { count: loaderData.counts[province.name] ?? 0 })}</span>
              {province.merged.length ? (
                <span className="tile-note">{t("provinces.includes", { names: province.merged.join(", ") })}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
