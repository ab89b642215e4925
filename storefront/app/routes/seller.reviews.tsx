import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/seller.reviews"
import { ReviewHead } from "../components/Reviews"
import { SellerNav } from "../components/SellerNav"
import { Notice } from "../components/ui"
import { formatDate, langFromPath, translate, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { reviewView, type ReviewView } from "../lib/reviews"
import { namesIn } from "../lib/products.server"
import { ownProductNames, refusal, requireSeller, sellerApi } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.reviews")

type SellerReview = ReviewView & {
  status: "visible" | "hidden"
  product: { id: string; title: string; handle: string } | null
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { reviews } = await sellerApi<{ reviews: Record<string, any>[] }>(token, "/sellers/me/reviews", {
    query: { limit: 50 },
  })
  // Each review's product by its name in the page's language.
  const names = await namesIn(
    lang,
    reviews.map((raw) => raw.product?.id),
    ownProductNames(token),
  )
  return data(
    {
      sellerName: seller.legal_name,
      replied: url.searchParams.get("replied") === "1",
      reviews: reviews.map((raw): SellerReview => ({
        ...reviewView(raw),
        status: raw.status,
        product: raw.product ? { ...raw.product, title: names.product(raw.product.id, raw.product.title) } : null,
      })),
    },
    { headers: privateNoStore },
  )
}

/** The producer's one public reply to a review of its product. */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireSeller(request, url, lang)
  const form = await request.formData()
  const id = String(form.get("review_id") ?? "")
  const text = String(form.get("text") ?? "").trim()
  if (text.length < 2)
    return data(
      { refusal: translate(lang, "seller.reviews.reply_empty"), reviewId: id },
      { status: 400, headers: privateNoStore },
    )
  try {
    await sellerApi(token, `/sellers/me/reviews/${encodeURIComponent(id)}/reply`, {
      method: "POST",
      body: { text },
    })
  } catch (error) {
    return data({ refusal: refusal(error, lang), reviewId: id }, { status: 400, headers: privateNoStore })
  }
  return redirect(`${url.pathname}?replied=1`)
}

export default function SellerReviews({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.reviews")}</h1>
      <p>{t("seller.reviews.intro")}</p>
      {loaderData.replied ? <Notice kind="success">{t("seller.reviews.replied")}</Notice> : null}
      {loaderData.reviews.length ? (
        <ul className="review-list">
          {loaderData.reviews.map((review) => (
            <li key={review.id} className="review" data-testid="seller-review">
              <h2 className="review-product">{review.product?.title}</h2>
              <ReviewHead review={review} />
              <p className="review-meta">
                {review.authorName ?? t("reviews.verified_buyer")}
                {review.createdAt ? ` · ${formatDate(review.createdAt, lang)}` : ""}
              </p>
              {review.text ? <p className="review-text">{review.text}</p> : null}
              {review.status === "hidden" ? <p className="notice info">{t("seller.reviews.hidden")}</p> : null}
              {review.reply ? (
                <blockquote className="review-reply">
                  <p>
                    <strong>{t("reviews.reply_from_producer")}</strong>
                  </p>
                  <p>{review.reply.text}</p>
                </blockquote>
              ) : (
                <Form method="post" className="reply-form" noValidate>
                  {actionData?.reviewId === review.id ? <Notice kind="error">{actionData.refusal}</Notice> : null}
                  <input type="hidden" name="review_id" value={review.id} />
                  <label htmlFor={`reply-${review.id}`}>{t("seller.reviews.reply")}</label>
                  <textarea id={`reply-${review.id}`} name="text" rows={3} minLength={2} maxLength={2000} required />
                  <button type="submit" className="button">
                    {t("seller.reviews.send_reply")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("seller.reviews.none")}</p>
      )}
    </>
  )
}
