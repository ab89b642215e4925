import { data, Link } from "react-router"
import type { Route } from "./+types/home"
import { ProductGrid } from "../components/ProductCard"
import { langFromPath, translate, useT } from "../i18n"
import { PRODUCT_GROUPS, productGroupLabel, provinceName, PROVINCES_SORTED } from "@ocop/reference"
import { getIndex } from "../lib/catalog.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { toCard, type ProductSummary } from "../lib/products"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

const time = (value: string | null) => (value ? new Date(value).getTime() : 0)

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const index = await getIndex()
  const products = index.products
  const byStarsThenNewest = (a: ProductSummary, b: ProductSummary) =>
    (b.ocop?.stars ?? 0) - (a.ocop?.stars ?? 0) || time(b.createdAt) - time(a.createdAt)

  const fiveStar = products
    .filter((p) => p.ocop?.stars === 5)
    .sort(byStarsThenNewest)
    .slice(0, 8)
  // Newest certificates first (decision date, else the latest expiry), then newest listings.
  const certified = products.filter((p) => p.ocop)
  const newCertified = (certified.length ? certified : products)
    .slice()
    .sort(
      (a, b) =>
        time(b.ocop?.issuedAt ?? null) - time(a.ocop?.issuedAt ?? null) ||
        time(b.ocop?.validUntil ?? null) - time(a.ocop?.validUntil ?? null) ||
        time(b.createdAt) - time(a.createdAt),
    )
    .slice(0, 8)

  const groupCounts: Record<string, number> = {}
  const provinceCounts: Record<string, number> = {}
  for (const product of products) {
    if (product.groupHandle) groupCounts[product.groupHandle] = (groupCounts[product.groupHandle] ?? 0) + 1
    if (product.province) provinceCounts[product.province] = (provinceCounts[product.province] ?? 0) + 1
  }

  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "home.title"),
    description: translate(lang, "home.description"),
  })
  return data(
    {
      seo,
      total: products.length,
      ocopAvailable: index.ocopAvailable,
      fiveStar: fiveStar.map((p) => toCard(p, lang)),
      newCertified: newCertified.map((p) => toCard(p, lang)),
      certifiedCount: certified.length,
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
        <p>{t("home.lead", { count: loaderData.total })}</p>
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
