import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provinceFilter } from "./certificate-listing"
import { countedRowsSql, forgetListingCounts, listingCountsReady } from "./listing-counts"
import { findOcopSalesChannel } from "./sales-channel"
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
 * Read from the counts the listing's totals come from (lib/listing-counts.ts, kept exact by
 * triggers), not from the certificates: the home page sums at most 3 × 6 × 34 rows whatever the
 * catalogue size, a province's page its producers' rows. Two SQL statements (one without
 * producers): the counts (GROUPING SETS), then the producers' page and total. A filter by product
 * ids (a few products), or counts that cannot be made, count the certificates themselves. Products
 * are the listing's (lib/store-listing.ts), so a count here is the count of the pages it links to.
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
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const counted =
    !params.id?.length &&
    (await listingCountsReady(knex, (message) =>
      (container.resolve(ContainerRegistrationKeys.LOGGER) as { warn: (m: string) => void }).warn(message),
    ))
  if (!counted) return summarizeCertificates(container, params, salesChannelIds, at, summary)
  try {
    return await summarizeCounts(container, knex, params, salesChannelIds, at, summary)
  } catch (error) {
    // 42P01: undefined table — the counts are gone (the database was restored from an older copy).
    if ((error as { code?: string }).code !== "42P01") throw error
    forgetListingCounts()
    return summarizeCertificates(container, params, salesChannelIds, at, summary)
  }
}

async function summarizeCounts(
  container: Container,
  knex: any,
  params: StoreOcopSummaryQuery,
  salesChannelIds: string[] | undefined,
  at: Date,
  summary: StoreOcopSummary,
): Promise<StoreOcopSummary> {
  const channel = await findOcopSalesChannel(container)
  if (!channel || (salesChannelIds && !salesChannelIds.includes(channel.id))) return summary
  const filters = {
    stars: params.stars,
    product_group: params.product_group,
    province: provinceFilter(params.province),
    subject_id: params.subject_id,
  }
  const rows = countedRowsSql(filters, channel.id, at)
  const counts = (await knex.raw(
    `SELECT GROUPING(stars) AS g_stars, GROUPING(product_group) AS g_group, GROUPING(province) AS g_province,
            stars, product_group, province, sum(n) AS n
       FROM (${rows.sql}) counted
      GROUP BY GROUPING SETS ((stars), (product_group), (province), ())
     HAVING sum(n) > 0`,
    rows.bindings,
  )) as { rows: Record<string, any>[] }
  readCounts(summary, counts.rows)

  if (summary.count > 0 && params.producers_limit > 0) {
    const bySubject = countedRowsSql(filters, channel.id, at, true)
    const producers = (await knex.raw(
      `WITH per_subject AS (SELECT subject_id, sum(n) AS n FROM (${bySubject.sql}) counted
                             GROUP BY subject_id HAVING sum(n) > 0)
       ${PRODUCERS_PAGE}`,
      { ...bySubject.bindings, limit: params.producers_limit, offset: params.producers_offset },
    )) as { rows: Record<string, any>[] }
    readProducers(summary, producers.rows)
  }
  return summary
}

/**
 * A page of `per_subject` (subject_id, n), most products first, with how many there are. Each
 * producer's name is read by its key (the OFFSET 0 keeps PostgreSQL from hashing every producer
 * instead: 10,000 rows at 20,000 products, for a province's few hundred).
 */
const PRODUCERS_PAGE = `
  SELECT total.n AS total, page.subject_id, page.n, page.legal_name, page.province
    FROM (SELECT count(*) AS n FROM per_subject) total
    LEFT JOIN LATERAL (
      SELECT ps.subject_id, ps.n, o.legal_name, o.province FROM per_subject ps
       CROSS JOIN LATERAL (SELECT legal_name, province FROM ocop_subject WHERE id = ps.subject_id OFFSET 0) o
       ORDER BY ps.n DESC, o.legal_name ASC, ps.subject_id ASC
       LIMIT :limit OFFSET :offset
    ) page ON true
   ORDER BY page.n DESC, page.legal_name ASC, page.subject_id ASC`

function readCounts(summary: StoreOcopSummary, rows: Record<string, any>[]) {
  for (const row of rows) {
    const n = Number(row.n)
    if (row.g_stars === 0) summary.stars.push({ value: Number(row.stars), count: n })
    else if (row.g_group === 0) summary.product_group.push({ value: Number(row.product_group), count: n })
    else if (row.g_province === 0) summary.province.push({ value: row.province, count: n })
    else summary.count = n
  }
  summary.stars.sort((a, b) => b.value - a.value)
  summary.product_group.sort((a, b) => a.value - b.value)
  summary.province.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"))
}

function readProducers(summary: StoreOcopSummary, rows: Record<string, any>[]) {
  summary.producers_count = Number(rows[0]?.total ?? 0)
  summary.producers = rows
    .filter((row) => row.subject_id !== null)
    .map((row) => ({ id: row.subject_id, name: row.legal_name, province: row.province, count: Number(row.n) }))
}

/** The same summary counted from the certificates (a filter by a few product ids; counts unavailable). */
async function summarizeCertificates(
  container: Container,
  params: StoreOcopSummaryQuery,
  salesChannelIds: string[] | undefined,
  at: Date,
  summary: StoreOcopSummary,
): Promise<StoreOcopSummary> {
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
  readCounts(summary, counts.rows)
  if (summary.count > 0 && params.producers_limit > 0) {
    const producers = (await knex.raw(
      `WITH ${matched.cte},
       per_subject AS (SELECT subject_id, count(*) AS n FROM matched GROUP BY subject_id)
       ${PRODUCERS_PAGE}`,
      { ...matched.bindings, limit: params.producers_limit, offset: params.producers_offset },
    )) as { rows: Record<string, any>[] }
    readProducers(summary, producers.rows)
  }
  return summary
}
