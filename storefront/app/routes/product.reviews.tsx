import { data, Link } from "react-router"
import type { Route } from "./+types/product.reviews"
import { Pages } from "../components/Pages"
import { ReviewList, ReviewSummary } from "../components/Reviews"
import { Breadcrumbs } from "../components/ui"
import { langFromPath, translate, useT } from "../i18n"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { listPage, pageCount } from "../lib/list-page"
import { fetchProductPage } from "../lib/product-page.server"
import { localizedTitle } from "../lib/products"
import { REVIEW_SORTS, reviewSort } from "../lib/reviews"
import { productReviewsPage, REVIEWS_PAGE_SIZE } from "../lib/reviews.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/**
 * All of a product's reviews, a page at a time (its product page shows the newest five): newest,
 * highest or lowest first, each page a plain URL (`?sort=lowest&page=2`), no JavaScript needed.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const answer = await fetchProductPage(params.handle)
  if (!answer || answer.kind !== "product") throw data(null, { status: 404 })
  const sort = reviewSort(url.searchParams.get("sort"))
  const { page, limit, offset } = listPage(url, REVIEWS_PAGE_SIZE)
  const section = await productReviewsPage(params.handle, { sort, limit, offset })
  if (!section) throw data(null, { status: 404 })
  const title = localizedTitle(answer.page.product, lang)
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${translate(lang, "reviews.page_title", { product: title })} — ${translate(lang, "site.name")}`,
    description: translate(lang, "reviews.page_description", { product: title }),
    // Other orders and pages of the same reviews are not separate pages for search engines.
    noindex: url.search.length > 0,
  })
  return data(
    { seo, title, handle: params.handle, sort, page, pages: pageCount(section.count, limit), section },
    { headers: publicCache },
  )
}

export default function ProductReviewsPage({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { section, sort, handle } = loaderData
  const productHref = href(`/products/${handle}`)
  const link = (to: { sort?: string; page?: number }) => {
    const query = new URLSearchParams()
    if ((to.sort ?? sort) !== "newest") query.set("sort", to.sort ?? sort)
    if (to.page && to.page > 1) query.set("page", String(to.page))
    return query.size ? `?${query}` : "?"
  }
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          { label: loaderData.title, to: productHref },
          { label: t("reviews.title") },
        ]}
      />
      <section className="reviews" aria-labelledby="reviews-heading" data-testid="product-reviews">
        <h1 id="reviews-heading">{t("reviews.page_title", { product: loaderData.title })}</h1>
        {section.summary.count ? (
          <>
            <ReviewSummary summary={section.summary} />
            <nav className="review-sorts inline-list" aria-label={t("reviews.sort_label")}>
              {REVIEW_SORTS.map((option) =>
                option === sort ? (
                  <strong key={option} aria-current="true">
                    {t(`reviews.sort.${option}`)}
                  </strong>
                ) : (
                  <Link key={option} to={link({ sort: option })}>
                    {t(`reviews.sort.${option}`)}
                  </Link>
                ),
              )}
            </nav>
            <ReviewList reviews={section.reviews} />
            <Pages page={loaderData.page} pages={loaderData.pages} link={(page) => link({ page })} />
          </>
        ) : (
          <p>{t("reviews.none")}</p>
        )}
        <p>
          <Link to={productHref}>{t("reviews.back_to_product")}</Link>
        </p>
      </section>
    </>
  )
}
