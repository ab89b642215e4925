import { Form } from "react-router"
import { useT } from "../i18n"
import { REVIEW_PHOTO_LIMIT, type OwnReview } from "../lib/reviews"
import { Notice } from "./ui"

type Line = {
  lineItemId: string
  title: string | null
  review: Pick<OwnReview, "id" | "rating" | "title" | "text" | "status" | "hidden_reason" | "photos"> | null
}

/** Stars, title and text of a review, blank for a new one or filled with the review being edited. */
function ReviewFields({
  id,
  review,
}: {
  id: (name: string) => string
  review: Pick<OwnReview, "rating" | "title" | "text"> | null
}) {
  const { t } = useT()
  return (
    <>
      <fieldset className="rating-choice">
        <legend>{t("reviews.rating")}</legend>
        {[5, 4, 3, 2, 1].map((stars) => (
          <label key={stars}>
            <input type="radio" name="rating" value={stars} required defaultChecked={stars === (review?.rating ?? 5)} />{" "}
            {t("reviews.stars", { stars })}
          </label>
        ))}
      </fieldset>
      <label htmlFor={id("title")}>{t("reviews.review_title")}</label>
      <input id={id("title")} name="title" maxLength={120} defaultValue={review?.title ?? ""} />
      <label htmlFor={id("text")}>{t("reviews.text")}</label>
      <textarea id={id("text")} name="text" rows={4} maxLength={4000} defaultValue={review?.text ?? ""} />
    </>
  )
}

/**
 * "Write a review" for one delivered line of the buyer's order: stars, an optional title, text and
 * photos, posted as a plain multipart form (works without JavaScript). A reviewed line shows its
 * stars, why it was hidden if it was, and a form to edit it (fields, photos to remove, photos to
 * add within the limit) that opens without JavaScript too (a <details>).
 */
export function ReviewForm({ line, refusal }: { line: Line; refusal: string | null }) {
  const { t } = useT()
  const id = (name: string) => `review-${line.lineItemId}-${name}`
  const { review } = line
  if (review) {
    const room = Math.max(REVIEW_PHOTO_LIMIT - review.photos.length, 0)
    return (
      <div className="review-done" data-testid="review-done">
        <h3>{line.title}</h3>
        <p>{t("reviews.yours", { stars: review.rating })}</p>
        {review.status === "hidden" ? (
          <p className="notice info">{t("reviews.hidden", { reason: review.hidden_reason ?? "" })}</p>
        ) : null}
        <details className="review-edit" open={Boolean(refusal)}>
          <summary>{t("reviews.edit")}</summary>
          <Form method="post" encType="multipart/form-data" className="review-form" data-testid="review-edit-form">
            {refusal ? <Notice kind="error">{refusal}</Notice> : null}
            <input type="hidden" name="intent" value="edit-review" />
            <input type="hidden" name="review_id" value={review.id} />
            <input type="hidden" name="line_item_id" value={line.lineItemId} />
            <ReviewFields id={id} review={review} />
            {review.photos.length ? (
              <fieldset>
                <legend>{t("reviews.current_photos")}</legend>
                <ul className="review-edit-photos">
                  {review.photos.map((photo, index) => (
                    <li key={photo.id}>
                      <img
                        src={photo.url}
                        width={photo.width}
                        height={photo.height}
                        alt={t("reviews.photo_number", { number: index + 1 })}
                        loading="lazy"
                      />
                      <label>
                        <input type="checkbox" name="remove_photos" value={photo.id} />{" "}
                        {t("reviews.remove_photo", { number: index + 1 })}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null}
            <label htmlFor={id("photos")}>{t("reviews.add_photos")}</label>
            <input id={id("photos")} name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple />
            <p className="hint">{t("reviews.photo_room", { limit: REVIEW_PHOTO_LIMIT, count: room })}</p>
            <button type="submit" className="button">
              {t("reviews.save")}
            </button>
          </Form>
        </details>
      </div>
    )
  }
  return (
    <Form method="post" encType="multipart/form-data" className="review-form" data-testid="review-form">
      <h3>{t("reviews.write_for", { product: line.title ?? "" })}</h3>
      {refusal ? <Notice kind="error">{refusal}</Notice> : null}
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" name="line_item_id" value={line.lineItemId} />
      <ReviewFields id={id} review={null} />
      <label htmlFor={id("photos")}>{t("reviews.photos")}</label>
      <input id={id("photos")} name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple />
      <button type="submit" className="button">
        {t("reviews.submit")}
      </button>
    </Form>
  )
}
