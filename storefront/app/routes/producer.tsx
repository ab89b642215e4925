import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/producer"
import { Breadcrumbs } from "../components/ui"
import { Listing } from "../components/Listing"
import { langFromPath, translate, useT } from "../i18n"
import { findProvince, provinceName } from "@ocop/reference"
import { findProducer, producerIdForKey } from "../lib/producers.server"
import { cacheHeaders, privateNoStore, publicCache, publicOrigin } from "../lib/http.server"
import { followState } from "../lib/follows.server"
import { getSession } from "../lib/session.server"
import { FollowButton } from "../components/FollowButton"
import { loadListing } from "../lib/listing.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/**
 * A producer ("chủ thể OCOP": cooperative, enterprise, household business) and its products on
 * sale, by its OCOP subject id; an older link by the name's slug is sent on to that address.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const producerId = await producerIdForKey(params.key)
  if (!producerId) throw data(null, { status: 404 })
  if (producerId !== params.key) {
    throw redirect(url.pathname.replace(/[^/]+$/, encodeURIComponent(producerId)) + url.search, 301)
  }
  const producer = await findProducer(producerId)
  if (!producer) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  const [listing, followId] = await Promise.all([
    loadListing(url, { producer: producer.name, producerId }),
    getSession(request).then((session) => followState(session, "producer", producerId)),
  ])
  const provinces = producer.provinces
    .map((name) => findProvince(name))
    .filter((p) => p != null)
    .map((p) => ({ slug: p.slug, name: provinceName(p, lang) }))
  const stars = producer.stars
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${producer.name} — ${translate(lang, "site.name")}`,
    description: translate(lang, "producer.description", {
      name: producer.name,
      count: producer.count,
      province: provinces.map((p) => p.name).join(", "),
    }),
    noindex: url.search.length > 0,
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "Organization",
      name: producer.name,
      url: publicOrigin(request) + url.pathname,
      ...(provinces[0]
        ? { address: { "@type": "PostalAddress", addressRegion: provinces[0].name, addressCountry: "VN" } }
        : {}),
    },
  })
  return data(
    { seo, name: producer.name, provinces, stars, count: producer.count, listing, producerId, followId },
    { headers: followId === null ? publicCache : privateNoStore },
  )
}

export default function Producer({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <Breadcrumbs
        items={[{ label: t("nav.home"), to: href("/") }, { label: t("producer.label") }, { label: loaderData.name }]}
      />
      <Listing
        data={loaderData.listing}
        heading={loaderData.name}
        intro={
          <div className="producer-intro">
            <p>
              {t("producer.kind")}
              {loaderData.provinces.length ? (
                <>
                  {" · "}
                  {loaderData.provinces.map((p, i) => (
                    <span key={p.slug}>
                      {i ? ", " : ""}
                      <Link to={href(`/provinces/${p.slug}`)}>{p.name}</Link>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
            <p>{t("producer.count", { count: loaderData.count })}</p>
            {loaderData.producerId ? (
              <FollowButton targetType="producer" targetId={loaderData.producerId} followId={loaderData.followId} />
            ) : null}
          </div>
        }
      />
    </>
  )
}
