import { authHeaders, isNotFound, sdk } from "./medusa.server"
import { reviewsSection, type OwnReview, type ReviewSort } from "./reviews"

/** A delivered line of the signed-in customer's orders, and its review once written. */
export type ReviewableLine = {
  line_item_id: string
  order_id: string
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  review_id: string | null
}

/** The customer's delivered lines and own reviews (GET /store/customers/me/reviews). */
export async function customerReviews(token: string) {
  return sdk.client.fetch<{ lines: ReviewableLine[]; reviews: OwnReview[] }>("/store/customers/me/reviews", {
    headers: authHeaders(token),
  })
}

/** The form's chosen photos as the backend's multipart `files` (an empty file input sends one empty file). */
function appendPhotos(body: FormData, form: FormData) {
  for (const file of form.getAll("photos")) {
    if (typeof file !== "string" && file.size > 0) body.append("files", file, file.name)
  }
}

function postMultipart(token: string, path: string, body: FormData) {
  return sdk.client.fetch<{ review: OwnReview }>(path, {
    method: "POST",
    body,
    // No content-type: fetch writes the multipart boundary itself.
    headers: { ...authHeaders(token), "content-type": null } as any,
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
  appendPhotos(body, form)
  return postMultipart(token, "/store/ocop/reviews", body)
}

/**
 * Sends the edit form of the customer's own review: the stars, the title and text (emptied ones
 * cleared), the photos ticked for removal and the new ones. The backend checks it is theirs, and
 * the photo limit.
 */
export async function updateReview(token: string, form: FormData) {
  const body = new FormData()
  const rating = form.get("rating")
  if (typeof rating === "string" && rating !== "") body.append("rating", rating)
  for (const field of ["title", "text"]) {
    const value = form.get(field)
    if (typeof value === "string") body.append(field, value.trim())
  }
  for (const id of form.getAll("remove_photos")) if (typeof id === "string" && id) body.append("remove_photos", id)
  appendPhotos(body, form)
  return postMultipart(token, `/store/ocop/reviews/${encodeURIComponent(String(form.get("review_id") ?? ""))}`, body)
}

/** Reviews on a page of a product's reviews. */
export const REVIEWS_PAGE_SIZE = 10

/** A page of a product's visible reviews, with its summary (null: no such product on sale). */
export async function productReviewsPage(handle: string, page: { sort: ReviewSort; limit: number; offset: number }) {
  try {
    const raw = await sdk.client.fetch<Record<string, any>>(
      `/store/ocop/products/${encodeURIComponent(handle)}/reviews`,
      { query: { sort: page.sort, limit: page.limit, offset: page.offset } },
    )
    return reviewsSection(raw)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
