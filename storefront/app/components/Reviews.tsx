import { Link } from "react-router"
import { formatDate, formatNumber, useT } from "../i18n"
import type { RatingView, ReviewsSection, ReviewView } from "../lib/reviews"

/** "★ 4,5 (12 đánh giá)": a product's average and count, on cards and beside the title. */
export function RatingLine({ rating }: { rating: RatingView | null }) {
  const { t, lang } = useT()
  if (!rating) return null
  const average = rating.average.toLocaleString(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 1 })
  return (
    <span className="rating-line" data-testid="rating-line">
      <span aria-hidden="true" className="rating-star">
        ★
      </span>{" "}
      {t("reviews.average", { average, count: rating.count })}
    </span>
  )
}

const STARS = [5, 4, 3, 2, 1] as const

/** The average as stars, the average and count, and how many gave each star. */
export function ReviewSummary({ summary }: { summary: ReviewsSection["summary"] }) {
  const { t, lang } = useT()
  return (
    <>
      <p className="reviews-summary">
        <span className="reviews-average" aria-hidden="true">
          {"★".repeat(Math.round(summary.average))}
          {"☆".repeat(5 - Math.round(summary.average))}
        </span>{" "}
        <RatingLine rating={summary} />
      </p>
      <table className="reviews-histogram">
        <caption className="visually-hidden">{t("reviews.histogram")}</caption>
        <tbody>
          {STARS.map((star) => (
            <tr key={star}>
              <th scope="row">{t("reviews.stars", { stars: star })}</th>
              <td>
                <meter min={0} max={summary.count} value={summary.histogram[star]} />
              </td>
              <td>{formatNumber(summary.histogram[star], lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/** A review's stars (read out as a sentence) and its title. */
export function ReviewHead({ review }: { review: Pick<ReviewView, "rating" | "title"> }) {
  const { t } = useT()
  return (
    <p className="review-head">
      <span aria-hidden="true" className="review-stars">
        {"★".repeat(review.rating)}
        {"☆".repeat(5 - review.rating)}
      </span>
      <span className="visually-hidden">{t("reviews.stars", { stars: review.rating })}</span>{" "}
      {review.title ? <strong>{review.title}</strong> : null}
    </p>
  )
}

/** Reviews with their photos and the producer's reply. */
export function ReviewList({ reviews }: { reviews: ReviewView[] }) {
  const { t, lang } = useT()
  return (
    <ul className="review-list">
      {reviews.map((review) => (
        <li key={review.id} className="review" data-testid="review">
          <ReviewHead review={review} />
          <p className="review-meta">
            {review.authorName ?? t("reviews.verified_buyer")} · {t("reviews.verified")}
            {review.createdAt ? ` · ${formatDate(review.createdAt, lang)}` : ""}
          </p>
          {review.text ? <p className="review-text">{review.text}</p> : null}
          {review.photos.length ? (
            <ul className="review-photos inline-list">
              {review.photos.map((photo) => (
                <li key={photo.url}>
                  <a href={photo.url}>
                    <img
                      src={photo.url}
                      srcSet={photo.srcSet ?? undefined}
                      sizes="8rem"
                      width={photo.width}
                      height={photo.height}
                      alt={t("reviews.photo_alt")}
                      loading="lazy"
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {review.reply ? (
            <blockquote className="review-reply" data-testid="review-reply">
              <p>
                <strong>{t("reviews.reply_from_producer")}</strong>
                {review.reply.repliedAt ? ` · ${formatDate(review.reply.repliedAt, lang)}` : ""}
              </p>
              <p>{review.reply.text}</p>
            </blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * A product's reviews on its page: the average, count and how many gave each star, then the newest
 * reviews, and a link to all of them (a page of their own) when there are more. Every review is by
 * a buyer who received the product.
 */
export function ProductReviews({ section, allHref }: { section: ReviewsSection; allHref: string }) {
  const { t } = useT()
  const { summary } = section
  return (
    <section className="reviews" aria-labelledby="reviews-heading" data-testid="product-reviews">
      <h2 id="reviews-heading">{t("reviews.title")}</h2>
      {summary.count ? (
        <>
          <ReviewSummary summary={summary} />
          <ReviewList reviews={section.reviews} />
          {section.count > section.reviews.length ? (
            <p>
              <Link to={allHref} data-testid="all-reviews">
                {t("reviews.all", { count: section.count })}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p>{t("reviews.none")}</p>
      )}
    </section>
  )
}
