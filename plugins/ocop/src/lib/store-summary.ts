import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { matchedCertificatesSql, type StoreOcopFilters } from "./store-listing"

type Container = Pick<MedusaContainer, "resolve">

/** The columns of `matched` the summary groups by. */
const SUMMARY_COLUMNS = "c.stars, c.product_group, c.province, c.subject_id"

export interface StoreOcopSummaryQuery extends StoreOcopFilters {
  /** How many producers to return (most products first), and from where. */
  producers_limit: number
  producers_offset: number
}

type Bucket<T> = { value: T; count: number }

export type StoreOcopSummary = {
  count: number
  stars: Bucket<number>[]
  product_group: Bucket<number>[]
  province: Bucket<string>[]
  producers: { id: string; name: string; province: string; count: number }[]
  /** How many producers have matching products; null when no producers were asked for (`producers_limit=0`). */
  producers_count: number | null
  producers_limit: number
  producers_offset: number
}

/**
 * What a showcase counts (home, province, producer pages): the OCOP products on sale now that
 * match the filters, counted by stars, product group and province, and their producers with
 * their product counts, most products first (a page of them).
 *
 * Two SQL statements whatever the catalogue size: the counts in one (GROUPING SETS over the
 * listing's `matched` set), the producers' page and total in the other (left out when no producers
 * are asked for: the home and provinces pages only count). Products are the
 * listing's (lib/store-listing.ts), so a count here is the count of the pages it links to.
 */
export async function summarizeStoreOcop(
  container: Container,
  params: StoreOcopSummaryQuery,
  salesChannelIds: string[] | undefined,
  at = new Date(),
): Promise<StoreOcopSummary> {
  const summary: StoreOcopSummary = {
    count: 0,
    stars: [],
    product_group: [],
    province: [],
    producers: [],
    producers_count: params.producers_limit > 0 ? 0 : null,
    producers_limit: params.producers_limit,
    producers_offset: params.producers_offset,
  }
  // Only the counted columns: the unfiltered summary reads every valid certificate.
  const matched = await matchedCertificatesSql(container, params, salesChannelIds, at, SUMMARY_COLUMNS)
  if (!matched) return summary
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

  const counts = (await knex.raw(
    `WITH ${matched.cte}
     SELECT GROUPING(stars) AS g_stars, GROUPING(product_group) AS g_group, GROUPING(province) AS g_province,
            stars, product_group, province, count(*) AS n
       FROM matched
      GROUP BY GROUPING SETS ((stars), (product_group), (province), ())`,
    matched.bindings,
  )) as { rows: Record<string, any>[] }
  for (const row of counts.rows) {
    const n = Number(row.n)
    if (row.g_stars === 0) summary.stars.push({ value: Number(row.stars), count: n })
    else if (row.g_group === 0) summary.product_group.push({ value: Number(row.product_group), count: n })
    else if (row.g_province === 0) summary.province.push({ value: row.province, count: n })
    else summary.count = n
  }
  summary.stars.sort((a, b) => b.value - a.value)
  summary.product_group.sort((a, b) => a.value - b.value)
  summary.province.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"))

  if (summary.count > 0 && params.producers_limit > 0) {
    const producers = (await knex.raw(
      `WITH ${matched.cte},
       per_subject AS (SELECT subject_id, count(*) AS n FROM matched GROUP BY subject_id)
       SELECT total.n AS total, page.subject_id, page.n, s.legal_name, s.province
         FROM (SELECT count(*) AS n FROM per_subject) total
         LEFT JOIN LATERAL (
           SELECT ps.subject_id, ps.n FROM per_subject ps
             JOIN ocop_subject o ON o.id = ps.subject_id
            ORDER BY ps.n DESC, o.legal_name ASC, ps.subject_id ASC
            LIMIT :limit OFFSET :offset
         ) page ON true
         LEFT JOIN ocop_subject s ON s.id = page.subject_id
        ORDER BY page.n DESC, s.legal_name ASC, page.subject_id ASC`,
      { ...matched.bindings, limit: params.producers_limit, offset: params.producers_offset },
    )) as { rows: Record<string, any>[] }
    summary.producers_count = Number(producers.rows[0]?.total ?? 0)
    summary.producers = producers.rows
      .filter((row) => row.subject_id !== null)
      .map((row) => ({ id: row.subject_id, name: row.legal_name, province: row.province, count: Number(row.n) }))
  }
  return summary
}
