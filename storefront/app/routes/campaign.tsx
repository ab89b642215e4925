import { data, Link } from "react-router"
import type { Route } from "./+types/campaign"
import { Countdown } from "../components/Countdown"
import { ProductGrid } from "../components/ProductCard"
import { Breadcrumbs, Money } from "../components/ui"
import { langFromPath, translate, useT } from "../i18n"
import { findProductGroup, findProvince, productGroupLabel, provinceName } from "@ocop/reference"
import { getProductsById } from "../lib/products.server"
import { getCampaign } from "../lib/campaigns.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { toCard } from "../lib/products"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

const MAX_PRODUCTS = 48

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** A campaign's landing page: what it discounts, until when, and its products (plugin-promotion's store API). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const found = await getCampaign(params.identifier)
  if (!found) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  const ids = found.product_ids.slice(0, MAX_PRODUCTS)
  const products = await getProductsById(ids)
  const cards = ids.flatMap((id) => {
    const product = products.get(id)
    return product ? [toCard(product, lang)] : []
  })
  const provinces = (found.campaign.rules.provinces ?? [])
    .map((name) => findProvince(name))
    .filter((p) => p != null)
    .map((p) => ({ slug: p.slug, name: provinceName(p, lang) }))
  const groups = (found.campaign.rules.product_groups ?? [])
    .map((code) => findProductGroup(code))
    .filter((g) => g != null)
    .map((g) => productGroupLabel(g, lang))
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "campaign.title", { name: found.campaign.name }),
    description: found.campaign.description ?? translate(lang, "campaign.description", { name: found.campaign.name }),
  })
  return data(
    {
      seo,
      campaign: found.campaign,
      total: found.product_ids.length,
      cards,
      provinces,
      groups,
      returnTo: url.pathname,
    },
    { headers: publicCache },
  )
}

export default function CampaignPage({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { campaign, cards, provinces, groups } = loaderData
  const stars = campaign.rules.stars ?? []
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), to: href("/") }, { label: campaign.name }]} />
      <section className="campaign-hero" aria-labelledby="campaign-heading">
        <p className="campaign-badge">
          {campaign.discount.type === "percentage" ? (
            t("campaign.percentOff", { value: campaign.discount.value })
          ) : (
            <>
              {t("campaign.amountOff")} <Money amount={campaign.discount.value} />
            </>
          )}
        </p>
        <h1 id="campaign-heading">{campaign.name}</h1>
        {campaign.description ? <p className="intro">{campaign.description}</p> : null}
        {campaign.status === "scheduled" && campaign.starts_at ? (
          <p className="notice info">{t("campaign.startsLater")}</p>
        ) : null}
        {campaign.ends_at ? <Countdown endsAt={campaign.ends_at} /> : null}
        <p>{campaign.code ? t("campaign.useCode", { code: campaign.code }) : t("campaign.automatic")}</p>
        <ul className="chips" aria-label={t("campaign.rules")}>
          {provinces.map((p) => (
            <li key={p.slug}>
              <Link to={href(`/provinces/${p.slug}`)}>{p.name}</Link>
            </li>
          ))}
          {groups.map((name) => (
            <li key={name}>{name}</li>
          ))}
          {stars.length ? <li>{t("campaign.stars", { stars: stars.join(", ") })}</li> : null}
        </ul>
      </section>
      <h2>{t("campaign.products", { count: loaderData.total })}</h2>
      {cards.length ? (
        <ProductGrid cards={cards} returnTo={loaderData.returnTo} label={campaign.name} />
      ) : (
        <p className="intro">{t("campaign.noProducts")}</p>
      )}
    </>
  )
}
