import { data } from "react-router"
import { provinceBySlug, provinceName } from "@ocop/reference"
import { langFromPath, translate } from "../i18n"
import { publicOrigin } from "./http.server"
import { buildSeo } from "./seo"

/**
 * What a province's pages (its products, its producers) read first: the province of the URL (404 when
 * there is none), its name in the page's language and the page's head (title, description, canonical,
 * alternates; not indexed with a query). `page` names the page's messages: `<page>.title`, `<page>.description`.
 */
export function provincePage(
  request: Request,
  url: URL,
  slug: string | undefined,
  page: "province" | "province_producers",
) {
  const province = provinceBySlug(slug)
  if (!province) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  const name = provinceName(province, lang)
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, `${page}.title`, { province: name }),
    description: translate(lang, `${page}.description`, { province: name }),
    noindex: url.search.length > 0,
  })
  return { province, lang, name, seo }
}
