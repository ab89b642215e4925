/**
 * Reviews from verified buyers as pages show them (plugin-reviews): a product's rating summary and
 * reviews, a card's rating, and their schema.org form for the product page's JSON-LD.
 */

export type RatingView = { average: number; count: number }

/** Photos a review may have (the backend's limit, which it checks: the form only tells how many more fit). */
export const REVIEW_PHOTO_LIMIT = 4

/** The signed-in customer's own review, as their order page shows and edits it. */
export type OwnReview = {
  id: string
  line_item_id: string
  rating: number
  title: string | null
  text: string | null
  status: "visible" | "hidden"
  hidden_reason: string | null
  photos: { id: string; url: string; width: number; height: number }[]
}

/** How a product's reviews can be ordered (the backend's `sort`). */
export const REVIEW_SORTS = ["newest", "highest", "lowest"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** The `sort` a URL asks for, newest when it names none or an unknown one. */
export function reviewSort(value: string | null): ReviewSort {
  return REVIEW_SORTS.find((sort) => sort === value) ?? "newest"
}

export type ReviewView = {
  id: string
  rating: number
  title: string | null
  text: string | null
  authorName: string | null
  createdAt: string | null
  photos: { url: string; srcSet: string | null; width: number; height: number }[]
  reply: { text: string; repliedAt: string | null } | null
}

export type ReviewsSection = {
  summary: RatingView & { histogram: Record<1 | 2 | 3 | 4 | 5, number> }
  reviews: ReviewView[]
  count: number
}

type Raw = Record<string, any>

/** A card's or hit's `rating` ({ average, count } or null). */
export function ratingView(raw: unknown): RatingView | null {
  const value = raw as Raw | null | undefined
  const count = Number(value?.count ?? 0)
  return value && count > 0 ? { average: Number(value.average), count } : null
}

export function reviewView(raw: Raw): ReviewView {
  return {
    id: raw.id,
    rating: Number(raw.rating),
    title: raw.title ?? null,
    text: raw.text ?? null,
    authorName: raw.author_name ?? null,
    createdAt: raw.created_at ?? null,
    photos: ((raw.photos ?? []) as Raw[]).map((photo) => {
      const webp = ((photo.variants ?? []) as Raw[]).filter((v) => v.format === "webp")
      return {
        url: photo.url,
        srcSet: webp.length ? webp.map((v) => `${v.url} ${v.width}w`).join(", ") : null,
        width: Number(photo.width),
        height: Number(photo.height),
      }
    }),
    reply: raw.reply ? { text: raw.reply.text, repliedAt: raw.reply.replied_at ?? null } : null,
  }
}

/** The product page answer's `reviews` (absent from an older backend: no reviews). */
export function reviewsSection(raw: Raw | null | undefined): ReviewsSection {
  const histogram = raw?.summary?.histogram ?? {}
  return {
    summary: {
      average: Number(raw?.summary?.average ?? 0),
      count: Number(raw?.summary?.count ?? 0),
      histogram: {
        1: Number(histogram[1] ?? 0),
        2: Number(histogram[2] ?? 0),
        3: Number(histogram[3] ?? 0),
        4: Number(histogram[4] ?? 0),
        5: Number(histogram[5] ?? 0),
      },
    },
    reviews: ((raw?.reviews ?? []) as Raw[]).map(reviewView),
    count: Number(raw?.count ?? 0),
  }
}

/**
 * schema.org `aggregateRating` and `review` for a Product, only when it has reviews (search
 * engines refuse an aggregate of zero). Authors by the name they gave, never an e-mail.
 */
export function reviewsJsonLd(section: ReviewsSection, anonymous: string) {
  if (!section.summary.count) return {}
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: section.summary.average,
      reviewCount: section.summary.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: section.reviews.map((review) => ({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
      author: { "@type": "Person", name: review.authorName ?? anonymous },
      ...(review.createdAt ? { datePublished: review.createdAt.slice(0, 10) } : {}),
      ...(review.title ? { name: review.title } : {}),
      ...(review.text ? { reviewBody: review.text } : {}),
    })),
  }
}
