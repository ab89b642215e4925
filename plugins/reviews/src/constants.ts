/** Events the review workflows emit (payloads carry what a notification needs). */
export const REVIEW_EVENTS = {
  /** { id, customer_id, product_id, product_title, product_handle }: the producer replied. */
  replied: "review.replied",
  /** { id, customer_id, product_title, reason }: the operator hid the review. */
  hidden: "review.hidden",
  /** { product_id }: the product's rating summary was recounted (the search index follows). */
  ratingChanged: "review.rating_changed",
} as const
