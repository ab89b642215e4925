import { data, Link } from "react-router"
import type { Route } from "./+types/province"
import { Breadcrumbs } from "../components/ui"
import { Listing } from "../components/Listing"
import { ProductGrid } from "../components/ProductCard"
import { StoryCards } from "../components/ProductStory"
import { formatNumber, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore, publicCache } from "../lib/http.server"
import { loadListing } from "../lib/listing.server"
import { seoMeta } from "../lib/seo"
import { provincePage } from "../lib/province-page.server"
import { loadProvinceShowcase } from "../lib/showcase.server"
import { followState } from "../lib/follows.server"
import { getSession } from "../lib/session.server"
import { FollowButton } from "../components/FollowButton"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** OCOP products of one of the 34 provinces (old province names are mapped to the new units). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const { province, lang, name, seo } = provincePage(request, url, params.slug, "province")
  const [listing, showcase, followId] = await Promise.all([
    loadListing(url, { province: province.slug }),
    loadProvinceShowcase(province, lang),
    getSession(request).then((session) => followState(session, "province", province.name)),
  ])
  // A signed-in buyer sees whether they follow the province: that page is theirs, not cached.
  return data(
    { seo, name, slug: province.slug, province: province.name, merged: province.merged, listing, showcase, followId },
    { headers: followId === null ? publicCache : privateNoStore },
  )
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
          <>
            <FollowButton targetType="province" targetId={loaderData.province} followId={loaderData.followId} />
            {loaderData.merged.length ? (
              <p className="intro">{t("province.merged", { names: loaderData.merged.join(", ") })}</p>
            ) : null}
            <ProvinceShowcaseView
              showcase={loaderData.showcase}
              slug={loaderData.slug}
              returnTo={loaderData.listing.returnTo}
            />
          </>
        }
      />
    </>
  )
}

/** Counts by group and stars, the first producers, 5★ highlights, running campaigns and stories (above the listing). */
function ProvinceShowcaseView({
  showcase,
  slug,
  returnTo,
}: {
  showcase: Route.ComponentProps["loaderData"]["showcase"]
  slug: string
  returnTo: string
}) {
  const { t, href, lang } = useT()
  if (!showcase.total) return null
  const producersCount = `${formatNumber(showcase.producersCount, lang)}${showcase.producersCapped ? "+" : ""}`
  return (
    <section className="showcase" aria-label={t("showcase.label")}>
      {showcase.campaigns.map((c) => (
        <p key={c.identifier} className="notice info">
          <Link to={href(`/campaigns/${c.identifier}`)}>{c.name}</Link>
        </p>
      ))}
      <dl className="showcase-counts">
        <div>
          <dt>{t("showcase.products")}</dt>
          <dd>{showcase.total}</dd>
        </div>
        {showcase.byStars.map((s) => (
          <div key={s.stars}>
            <dt>{t("showcase.stars", { stars: s.stars })}</dt>
            <dd>{s.count}</dd>
          </div>
        ))}
        <div>
          <dt>{t("showcase.producers")}</dt>
          <dd>{producersCount}</dd>
        </div>
      </dl>
      <ul className="chips" aria-label={t("showcase.groups")}>
        {showcase.byGroup.map((g) => (
          <li key={g.handle}>
            {g.name}: {g.count}
          </li>
        ))}
      </ul>
      {showcase.highlights.length ? (
        <>
          <h2>{t("showcase.highlights")}</h2>
          <ProductGrid cards={showcase.highlights} returnTo={returnTo} label={t("showcase.highlights")} />
        </>
      ) : null}
      <h2>{t("showcase.producers")}</h2>
      {showcase.producersCount > showcase.producers.length ? (
        <p>{t("showcase.producers_top", { count: showcase.producers.length })}</p>
      ) : null}
      <ul className="showcase-producers">
        {showcase.producers.map((p) => (
          <li key={p.key}>
            <Link to={href(`/producers/${p.key}`)}>{p.name}</Link> ({p.count})
          </li>
        ))}
      </ul>
      {showcase.producersCount > showcase.producers.length ? (
        <p>
          <Link to={href(`/provinces/${slug}/producers`)}>
            {t("showcase.producers_all", { count: producersCount })} →
          </Link>
        </p>
      ) : null}
      <StoryCards stories={showcase.stories} />
    </section>
  )
}
