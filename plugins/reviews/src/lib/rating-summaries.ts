import { generateEntityId } from "@medusajs/framework/utils"
import { rows, type Container } from "./sql"

export interface RatingSummary {
  /** Mean of the visible ratings, two decimals; 0 without reviews. */
  average: number
  count: number
  /** How many visible reviews gave each star, "1" to "5". */
  histogram: Record<"1" | "2" | "3" | "4" | "5", number>
}

export const EMPTY_SUMMARY: RatingSummary = { average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }

type SummaryRow = Record<string, any>

export function presentSummary(row: SummaryRow | undefined | null): RatingSummary {
  if (!row) return { ...EMPTY_SUMMARY, histogram: { ...EMPTY_SUMMARY.histogram } }
  return {
    average: Number(row.average),
    count: Number(row.count),
    histogram: {
      1: Number(row.stars_1),
      2: Number(row.stars_2),
      3: Number(row.stars_3),
      4: Number(row.stars_4),
      5: Number(row.stars_5),
    },
  }
}

/** The kept summaries of these products (one indexed statement); a product without reviews has none. */
export async function ratingSummaries(container: Container, productIds: string[]): Promise<Map<string, RatingSummary>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const found = await rows(
    container,
    `SELECT * FROM review_rating_summary WHERE product_id = ANY(:ids) AND deleted_at IS NULL`,
    { ids },
  )
  return new Map(found.map((row) => [row.product_id as string, presentSummary(row)]))
}

/** The product's summary row as stored, or null. */
export async function ratingSummaryRow(container: Container, productId: string): Promise<SummaryRow | null> {
  const [row] = await rows(
    container,
    `SELECT * FROM review_rating_summary WHERE product_id = :product AND deleted_at IS NULL`,
    { product: productId },
  )
  return row ?? null
}

/**
 * Recounts one product's summary from its visible reviews and writes it (an upsert, so two reviews
 * written at once both end up counted). Reads the product's reviews through the
 * (product_id, status, rating) index only. Returns the row written.
 */
export async function recountRatingSummary(container: Container, productId: string): Promise<SummaryRow> {
  const [row] = await rows(
    container,
    `WITH counted AS (
       SELECT count(*)::int AS count, coalesce(sum(rating), 0)::int AS rating_sum,
              ${[1, 2, 3, 4, 5].map((star) => `count(*) FILTER (WHERE rating = ${star})::int AS stars_${star}`).join(", ")}
         FROM review WHERE product_id = :product AND status = 'visible' AND deleted_at IS NULL)
     INSERT INTO review_rating_summary (id, product_id, count, rating_sum, average, stars_1, stars_2, stars_3, stars_4, stars_5)
     SELECT :id, :product, count, rating_sum,
            CASE WHEN count > 0 THEN round(rating_sum::numeric / count, 2) ELSE 0 END,
            stars_1, stars_2, stars_3, stars_4, stars_5
       FROM counted
     ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE
        SET count = excluded.count, rating_sum = excluded.rating_sum, average = excluded.average,
            stars_1 = excluded.stars_1, stars_2 = excluded.stars_2, stars_3 = excluded.stars_3,
            stars_4 = excluded.stars_4, stars_5 = excluded.stars_5, updated_at = now()
     RETURNING *`,
    { id: generateEntityId("", "rrs"), product: productId },
  )
  return row
}

/** Puts back a summary as it was (or removes one that did not exist): a workflow's compensation. */
export async function restoreRatingSummary(container: Container, productId: string, previous: SummaryRow | null) {
  if (!previous) {
    await rows(container, `DELETE FROM review_rating_summary WHERE product_id = :product`, { product: productId })
    return
  }
  await rows(
    container,
    `UPDATE review_rating_summary SET count = :count, rating_sum = :rating_sum, average = :average,
            stars_1 = :stars_1, stars_2 = :stars_2, stars_3 = :stars_3, stars_4 = :stars_4, stars_5 = :stars_5,
            updated_at = now()
      WHERE product_id = :product AND deleted_at IS NULL`,
    {
      product: productId,
      count: previous.count,
      rating_sum: previous.rating_sum,
      average: previous.average,
      stars_1: previous.stars_1,
      stars_2: previous.stars_2,
      stars_3: previous.stars_3,
      stars_4: previous.stars_4,
      stars_5: previous.stars_5,
    },
  )
}
