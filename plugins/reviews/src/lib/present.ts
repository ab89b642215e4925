type Row = Record<string, any>

export interface ReviewPhoto {
  /** The photo's id (its original file's): what an edit names to remove it. */
  id: string
  url: string
  width: number
  height: number
  variants: { format: string; width: number; url: string }[]
}

function photosOf(review: Row): ReviewPhoto[] {
  const photos: Row[] = Array.isArray(review.photos) ? review.photos : []
  return photos.map((photo) => ({
    id: photo.id,
    url: photo.url,
    width: photo.width,
    height: photo.height,
    variants: photo.variants ?? [],
  }))
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/**
 * A review as anyone may read it on a product's page: no customer, order or line ids, never an
 * e-mail; the author's name as they gave it, family name first.
 */
export function presentPublicReview(review: Row) {
  return {
    id: review.id as string,
    product_id: review.product_id as string,
    rating: Number(review.rating),
    title: review.title ?? null,
    text: review.text ?? null,
    photos: photosOf(review),
    author_name: review.author_name ?? null,
    verified_purchase: true as const,
    created_at: iso(review.created_at),
    updated_at: iso(review.updated_at),
    reply: review.reply_text ? { text: review.reply_text as string, replied_at: iso(review.replied_at) } : null,
  }
}

/** The author's own review: also its line, order and standing (a hidden one says why). */
export function presentOwnReview(review: Row) {
  return {
    ...presentPublicReview(review),
    line_item_id: review.line_item_id as string,
    order_id: review.order_id as string,
    status: review.status as string,
    hidden_reason: review.status === "hidden" ? (review.hidden_reason ?? null) : null,
  }
}

/** A review of a seller's product, as the seller's portal shows it (no customer or order ids). */
export function presentSellerReview(review: Row) {
  return { ...presentPublicReview(review), status: review.status as string }
}

/** Everything, for the operator. */
export function presentAdminReview(review: Row) {
  return {
    ...presentPublicReview(review),
    line_item_id: review.line_item_id,
    order_id: review.order_id,
    customer_id: review.customer_id,
    seller_id: review.seller_id,
    status: review.status,
    hidden_reason: review.hidden_reason ?? null,
    hidden_at: iso(review.hidden_at),
  }
}

/** "Nguyễn Thị" + "Lan" → "Nguyễn Thị Lan": Vietnamese order, family name first. Never the e-mail. */
export function authorName(customer: { first_name?: string | null; last_name?: string | null } | undefined) {
  const name = [customer?.last_name, customer?.first_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ")
  return name ? name.slice(0, 200) : null
}
