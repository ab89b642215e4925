import { data, Link } from "react-router"
import type { Route } from "./+types/ocop"
import { Stars } from "../components/ui"
import { langFromPath, translate, useT } from "../i18n"
import { PRODUCT_GROUPS, productGroupLabel } from "@ocop/reference"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${translate(lang, "ocop.page.title")} — ${translate(lang, "site.name")}`,
    description: translate(lang, "ocop.page.description"),
  })
  return data({ seo }, { headers: publicCache })
}

/** What OCOP is and what the stars mean (Decisions 919/QĐ-TTg, 148/QĐ-TTg 2023, 1489/QĐ-TTg 2025). */
export default function Ocop() {
  const { t, href, lang } = useT()
  const levels = [
    { stars: 5, range: "90–100", key: "ocop.level5" as const },
    { stars: 4, range: "70–89", key: "ocop.level4" as const },
    { stars: 3, range: "50–69", key: "ocop.level3" as const },
  ]
  return (
    <article className="prose">
      <h1>{t("ocop.page.title")}</h1>
      <p className="intro">{t("ocop.page.intro")}</p>

      <h2>{t("ocop.page.stars_heading")}</h2>
      <p>{t("ocop.page.score")}</p>
      <table className="star-table">
        <caption className="visually-hidden">{t("ocop.page.stars_heading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ocop.page.col_stars")}</th>
            <th scope="col">{t("ocop.page.col_score")}</th>
            <th scope="col">{t("ocop.page.col_meaning")}</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.stars}>
              <th scope="row">
                <Stars stars={level.stars} />
              </th>
              <td>{level.range}</td>
              <td>{t(level.key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("ocop.page.below3")}</p>

      <h2>{t("ocop.page.who_heading")}</h2>
      <p>{t("ocop.page.who")}</p>
      <p>{t("ocop.page.before2025")}</p>

      <h2>{t("ocop.page.validity_heading")}</h2>
      <p>{t("ocop.page.validity")}</p>
      <p>
        <Link to={href("/ocop/verify")} className="button">
          {t("ocop.verify.title")}
        </Link>
      </p>

      <h2>{t("ocop.page.groups_heading")}</h2>
      <ol>
        {PRODUCT_GROUPS.map((group) => (
          <li key={group.handle}>
            <Link to={href(`/categories/${group.handle}`)}>{productGroupLabel(group, lang)}</Link>
          </li>
        ))}
      </ol>

      <h2>{t("ocop.page.subjects_heading")}</h2>
      <p>{t("ocop.page.subjects")}</p>
    </article>
  )
}
