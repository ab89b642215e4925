import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forgetListingCounts, listingCountsReady, PRODUCER_RANK_TABLE } from "./listing-counts"
import { findOcopSalesChannel } from "./sales-channel"
import { summarizeStoreOcop } from "./store-summary"

type Container = Pick<MedusaContainer, "resolve">

/** Producers counted past this are "more than" it: counting them all would read the whole province. */
export const PRODUCERS_COUNT_CAP = 5_000

export type StoreProvinceProducers = {
  producers: { id: string; name: string; count: number }[]
  /** How many producers have listed products in the province, up to PRODUCERS_COUNT_CAP. */
  count: number
  /** True when there are more than `count`. */
  count_capped: boolean
  limit: number
  offset: number
}

/**
 * A page of a province's producers that have OCOP products on sale, most listed products first,
 * with how many there are (capped). One SQL statement after the channel's look-up, whatever the
 * catalogue size: the page is read from the maintained ranking (lib/listing-counts.ts) through its
 * index in the page's order, each producer's name by its key, and the count counts the ranking's
 * index entries up to the cap. Without the maintained counts, the summary counts them.
 */
export async function listStoreProvinceProducers(
  container: Container,
  province: string,
  page: { limit: number; offset: number },
  salesChannelIds: string[] | undefined,
): Promise<StoreProvinceProducers> {
  try {
    return await readProvinceProducers(container, province, page, salesChannelIds)
  } catch (error) {
    // 42P01: undefined table — the counts are gone (the database was restored from an older copy).
    if ((error as { code?: string }).code !== "42P01") throw error
    forgetListingCounts()
    return readProvinceProducers(container, province, page, salesChannelIds)
  }
}

async function readProvinceProducers(
  container: Container,
  province: string,
  page: { limit: number; offset: number },
  salesChannelIds: string[] | undefined,
): Promise<StoreProvinceProducers> {
  const empty = { producers: [], count: 0, count_capped: false, ...page }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  if (!(await listingCountsReady(knex))) {
    const summary = await summarizeStoreOcop(
      container,
      { province, producers_limit: page.limit, producers_offset: page.offset },
      salesChannelIds,
    )
    const count = Math.min(summary.producers_count ?? 0, PRODUCERS_COUNT_CAP)
    return {
      ...empty,
      producers: summary.producers.map(({ id, name, count }) => ({ id, name, count })),
      count,
      count_capped: (summary.producers_count ?? 0) > PRODUCERS_COUNT_CAP,
    }
  }
  const channel = await findOcopSalesChannel(container)
  if (!channel || (salesChannelIds && !salesChannelIds.includes(channel.id))) return empty
  const { rows } = (await knex.raw(
    `SELECT total.n AS total, page.subject_id, page.n, page.legal_name
       FROM (SELECT count(*) AS n FROM (
               SELECT 1 FROM ${PRODUCER_RANK_TABLE}
                WHERE sales_channel_id = :channel AND province = :province
                LIMIT :cap) capped) total
       LEFT JOIN LATERAL (
         SELECT r.subject_id, r.n, s.legal_name
           FROM (SELECT subject_id, n FROM ${PRODUCER_RANK_TABLE}
                  WHERE sales_channel_id = :channel AND province = :province
                  ORDER BY n DESC, subject_id ASC
                  LIMIT :limit OFFSET :offset) r
          -- each name by its key (OFFSET 0: a join would hash every producer of the country)
          CROSS JOIN LATERAL (SELECT legal_name FROM ocop_subject
                               WHERE id = r.subject_id AND deleted_at IS NULL OFFSET 0) s
       ) page ON true
      ORDER BY page.n DESC, page.subject_id ASC`,
    { channel: channel.id, province, cap: PRODUCERS_COUNT_CAP + 1, limit: page.limit, offset: page.offset },
  )) as { rows: Record<string, any>[] }
  const total = Number(rows[0]?.total ?? 0)
  return {
    ...empty,
    producers: rows
      .filter((row) => row.subject_id !== null)
      .map((row) => ({ id: row.subject_id, name: row.legal_name, count: Number(row.n) })),
    count: Math.min(total, PRODUCERS_COUNT_CAP),
    count_capped: total > PRODUCERS_COUNT_CAP,
  }
}
