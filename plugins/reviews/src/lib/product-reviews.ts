import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import { presentPublicReview } from "./present"
import { EMPTY_SUMMARY, ratingSummaries, type RatingSummary } from "./rating-summaries"
import type { Container } from "./sql"

export const REVIEW_SORTS = ["newest", "highest", "lowest"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]
/** Reviews on the first page of a product's page (the rest are paged). */
export const FIRST_PAGE = 5

const ORDERS: Record<ReviewSort, Record<string, "ASC" | "DESC">> = {
  newest: { created_at: "DESC", id: "DESC" },
  highest: { rating: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
}

/** A page of a product's visible reviews (through the product's index; two statements). */
export async function listProductReviews(
  container: Container,
  productId: string,
  page: { sort?: ReviewSort; limit: number; offset: number },
) {
  const [reviews, count] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(
      { product_id: productId, status: "visible" },
      { order: ORDERS[page.sort ?? "newest"], take: page.limit, skip: page.offset },
    )
  return { reviews: reviews.map(presentPublicReview), count }
}

export interface ProductReviewsSection {
  summary: RatingSummary
  reviews: ReturnType<typeof presentPublicReview>[]
  count: number
  limit: number
  offset: number
  sort: ReviewSort
}

/**
 * What a product's page shows of its reviews: the kept summary and the newest visible reviews.
 * `summary` when the caller read it already (the product page reads it with the product, in the
 * same statement); without reviews nothing more is read.
 */
export async function productReviewsSection(
  container: Container,
  productId: string,
  known?: { summary: RatingSummary | null },
): Promise<ProductReviewsSection> {
  const summary = known ? known.summary : (await ratingSummaries(container, [productId])).get(productId)
  const base = { limit: FIRST_PAGE, offset: 0, sort: "newest" as const }
  if (!summary?.count) {
    return { summary: { ...EMPTY_SUMMARY, histogram: { ...EMPTY_SUMMARY.histogram } }, reviews: [], count: 0, ...base }
  }
  const page = await listProductReviews(container, productId, base)
  return { summary, ...page, ...base }
}
