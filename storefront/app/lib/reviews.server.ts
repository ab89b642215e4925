import { authHeaders, sdk } from "./medusa.server"

/** A delivered line of the signed-in customer's orders, and its review once written. */
export type ReviewableLine = {
  line_item_id: string
  order_id: string
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  review_id: string | null
}

export type OwnReview = {
  id: string
  line_item_id: string
  rating: number
  title: string | null
  text: string | null
  status: "visible" | "hidden"
  hidden_reason: string | null
}

/** The customer's delivered lines and own reviews (GET /store/customers/me/reviews). */
export async function customerReviews(token: string) {
  return sdk.client.fetch<{ lines: ReviewableLine[]; reviews: OwnReview[] }>("/store/customers/me/reviews", {
    headers: authHeaders(token),
  })
}

/**
 * Sends the review form on as the customer: its fields and chosen photos as multipart, the way the
 * browser sent them (the backend checks everything again).
 */
export async function submitReview(token: string, form: FormData) {
  const body = new FormData()
  for (const field of ["line_item_id", "rating", "title", "text"]) {
    const value = form.get(field)
    if (typeof value === "string" && value.trim() !== "") body.append(field, value)
  }
  for (const file of form.getAll("photos")) {
    if (typeof file !== "string" && file.size > 0) body.append("files", file, file.name)
  }
  return sdk.client.fetch<{ review: OwnReview }>("/store/ocop/reviews", {
    method: "POST",
    body,
    // No content-type: fetch writes the multipart boundary itself.
    headers: { ...authHeaders(token), "content-type": null } as any,
  })
}
