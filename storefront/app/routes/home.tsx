import { data, Link } from "react-router"
import type { Route } from "./+types/home"
import { ProductGrid } from "../components/ProductCard"
import { formatNumber, langFromPath, translate, useT } from "../i18n"
import { findProductGroup, PRODUCT_GROUPS, productGroupLabel, provinceName, PROVINCES_SORTED } from "@ocop/reference"
import { getProductsById } from "../lib/products.server"
import { ocopSummary } from "../lib/browse.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { normalizeOcop, toCard, type RawProduct } from "../lib/products"
import { sdk } from "../lib/medusa.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

const SHOWN = 8

type OcopPage = { products: RawProduct[]; count: number }

/**
 * The home page's showcase from the backend, whatever the catalogue size: the counts by group and
 * province (GET /store/ocop/summary), the best 5★ products and the latest certified ones (GET
 * /store/ocop/products, each one SQL statement), then the cards' prices and stock in one request.
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const page = (query: Record<string, string | number>) =>
    sdk.client.fetch<OcopPage>("/store/ocop/products", { query: { limit: SHOWN, ...query } })
  const [summary, fiveStarPage, newestPage] = await Promise.all([
    ocopSummary({}),
    page({ stars: 5 }),
    page({ sort: "newest" }),
  ])
  const listed = [...fiveStarPage.products, ...newestPage.products]
  const products = await getProductsById(
    listed.map((p) => p.id),
    new Map(listed.map((p) => [p.id, normalizeOcop(p.ocop)])),
  )
  const cards = (list: RawProduct[]) => list.flatMap((p) => products.get(p.id) ?? []).map((p) => toCard(p, lang))

  const groupCounts: Record<string, number> = {}
  for (const { value, count } of summary.product_group) {
    const group = findProductGroup(value)
    if (group) groupCounts[group.handle] = count
  }
  const provinceCounts = Object.fromEntries(summary.province.map(({ value, count }) => [value, count]))

  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "home.title"),
    description: translate(lang, "home.description"),
  })
  return data(
    {
      seo,
      total: summary.count,
      fiveStar: cards(fiveStarPage.products),
      newCertified: cards(newestPage.products),
      certifiedCount: summary.count,
      groupCounts,
      provinceCounts,
      returnTo: url.pathname,
    },
    { headers: publicCache },
  )
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { fiveStar, newCertified, groupCounts, provinceCounts, returnTo } = loaderData
  const provincesWithProducts = PROVINCES_SORTED.filter((p) => provinceCounts[p.name])
  return (
    <>
      <section className="hero">
        <h1>{t("home.heading")}</h1>
        <p>{t("home.lead", { count: formatNumber(loaderData.total, lang) })}</p>
        <p>
          <Link to={href("/ocop")} className="button secondary">
            {t("home.what_stars")}
          </Link>
        </p>
      </section>

      {fiveStar.length ? (
        <section aria-labelledby="five-star">
          <h2 id="five-star">{t("home.five_star")}</h2>
          <ProductGrid cards={fiveStar} returnTo={returnTo} label={t("home.five_star")} />
          <p>
            <Link to={href("/products?stars=5")}>{t("home.see_all_five_star")} →</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="new-cert">
        <h2 id="new-cert">{loaderData.certifiedCount ? t("home.new_certified") : t("home.new_products")}</h2>
        <ProductGrid cards={newCertified} returnTo={returnTo} label={t("home.new_certified")} />
        <p>
          <Link to={href("/products?sort=newest")}>{t("home.see_all")} →</Link>
        </p>
      </section>

      <section aria-labelledby="by-group">
        <h2 id="by-group">{t("home.by_group")}</h2>
        <ul className="tile-list">
          {PRODUCT_GROUPS.map((group) => (
            <li key={group.handle}>
              <Link to={href(`/categories/${group.handle}`)} className="tile">
                <span className="tile-title">{productGroupLabel(group, lang)}</span>
                <span className="tile-count">{t("listing.count", { count: groupCounts[group.handle] ?? 0 })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-province">
        <h2 id="by-province">{t("home.by_province")}</h2>
        <ul className="tile-list provinces">
          {provincesWithProducts.map((province) => (
            <li key={province.slug}>
              <Link to={href(`/provinces/${province.slug}`)} className="tile">
                <span className="tile-title">{provinceName(province, lang)}</span>
                <span className="tile-count">{t("listing.count", { count: provinceCounts[province.name] ?? 0 })}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={href("/provinces")}>{t("home.all_provinces")} →</Link>
        </p>
      </section>
    </>
  )
}
