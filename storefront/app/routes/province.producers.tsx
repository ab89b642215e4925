import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/province.producers"
import { Breadcrumbs } from "../components/ui"
import { Pages } from "../components/Pages"
import { formatNumber, langFromPath, useT } from "../i18n"
import { provinceProducers } from "../lib/browse.server"
import { cacheHeaders, publicCache } from "../lib/http.server"
import { seoMeta } from "../lib/seo"
import { provincePage } from "../lib/province-page.server"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

const PAGE_SIZE = 48
/** The backend reads pages up to this offset: the pages beyond are not linked. */
const MAX_OFFSET = 5_000

/**
 * Every producer of a province with OCOP products on sale, most products first, a page at a time
 * (`?page=N`): one bounded backend read per page, whatever the catalogue size.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const { province, lang, name, seo } = provincePage(request, url, params.slug, "province_producers")
  const asked = Number(url.searchParams.get("page") ?? "1")
  const lastReadable = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1
  const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, lastReadable) : 1
  const body = await provinceProducers(province.slug, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const pages = Math.min(lastReadable, Math.max(1, Math.ceil(body.count / PAGE_SIZE)))
  // a page past the end (an older link, a list that shrank): its last page
  if (!body.producers.length && page > 1) throw redirect(pages > 1 ? `${url.pathname}?page=${pages}` : url.pathname)
  return data(
    {
      seo,
      name,
      slug: province.slug,
      producers: body.producers,
      count: `${formatNumber(body.count, lang)}${body.count_capped ? "+" : ""}`,
      page,
      pages,
    },
    { headers: publicCache },
  )
}

export default function ProvinceProducers({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { name, slug, producers, page, pages } = loaderData
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          { label: t("nav.provinces"), to: href("/provinces") },
          { label: name, to: href(`/provinces/${slug}`) },
          { label: t("showcase.producers") },
        ]}
      />
      <h1>{t("province_producers.heading", { province: name })}</h1>
      {producers.length ? (
        <>
          <p className="intro">{t("province_producers.intro", { count: loaderData.count })}</p>
          <ol className="showcase-producers" start={(page - 1) * PAGE_SIZE + 1}>
            {producers.map((p) => (
              <li key={p.id}>
                <Link to={href(`/producers/${p.id}`)}>{p.name}</Link> ({t("listing.count", { count: p.count })})
              </li>
            ))}
          </ol>
          <Pages page={page} pages={pages} />
        </>
      ) : (
        <p>{t("province_producers.none")}</p>
      )}
      <p>
        <Link to={href(`/provinces/${slug}`)}>{t("province_producers.products_link", { province: name })} →</Link>
      </p>
    </>
  )
}
