import { Form } from "react-router"
import { useT } from "../i18n"
import { Notice } from "./ui"

type Line = {
  lineItemId: string
  title: string | null
  review: { rating: number; status: "visible" | "hidden"; hidden_reason: string | null } | null
}

/**
 * "Write a review" for one delivered line of the buyer's order: stars, an optional title, text and
 * photos, posted as a plain multipart form (works without JavaScript). A reviewed line shows its
 * stars instead, and why it was hidden if it was.
 */
export function ReviewForm({ line, refusal }: { line: Line; refusal: string | null }) {
  const { t } = useT()
  const id = (name: string) => `review-${line.lineItemId}-${name}`
  if (line.review) {
    return (
      <div className="review-done" data-testid="review-done">
        <h3>{line.title}</h3>
        <p>{t("reviews.yours", { stars: line.review.rating })}</p>
        {line.review.status === "hidden" ? (
          <p className="notice info">{t("reviews.hidden", { reason: line.review.hidden_reason ?? "" })}</p>
        ) : null}
      </div>
    )
  }
  return (
    <Form method="post" encType="multipart/form-data" className="review-form" data-testid="review-form">
      <h3>{t("reviews.write_for", { product: line.title ?? "" })}</h3>
      {refusal ? <Notice kind="error">{refusal}</Notice> : null}
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" name="line_item_id" value={line.lineItemId} />
      <fieldset className="rating-choice">
        <legend>{t("reviews.rating")}</legend>
        {[5, 4, 3, 2, 1].map((stars) => (
          <label key={stars}>
            <input type="radio" name="rating" value={stars} required defaultChecked={stars === 5} />{" "}
            {t("reviews.stars", { stars })}
          </label>
        ))}
      </fieldset>
      <label htmlFor={id("title")}>{t("reviews.review_title")}</label>
      <input id={id("title")} name="title" maxLength={120} />
      <label htmlFor={id("text")}>{t("reviews.text")}</label>
      <textarea id={id("text")} name="text" rows={4} maxLength={4000} />
      <label htmlFor={id("photos")}>{t("reviews.photos")}</label>
      <input id={id("photos")} name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple />
      <button type="submit" className="button">
        {t("reviews.submit")}
      </button>
    </Form>
  )
}
