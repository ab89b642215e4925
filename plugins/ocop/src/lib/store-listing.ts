import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provinceFilter } from "./certificate-listing"
import { presentStoreOcop } from "./present"
import { countedListingSql, forgetListingCounts, listingCountsReady } from "./listing-counts"
import { findOcopSalesChannel } from "./sales-channel"
import { cursorCondition, encodeListingCursor, type ListingCursor } from "./listing-cursor"

type Container = Pick<MedusaContainer, "resolve">

export interface StoreOcopQuery {
  /** Product ids: a product page reads its own certificate this way. */
  id?: string[]
  stars?: number[]
  product_group?: number[]
  province?: string
  /** The producers' OCOP subject ids: a producer page lists its own products. */
  subject_id?: string[]
  /** `stars`: best stars first, then the latest decision; `newest`: the latest decision first. */
  sort?: StoreOcopSort
  limit: number
  offset: number
  /** The page after this row (the last of the page before), or before this one (the first of the page after). */
  after?: ListingCursor
  before?: ListingCursor
}

export const STORE_OCOP_SORTS = ["stars", "newest"] as const
export type StoreOcopSort = (typeof STORE_OCOP_SORTS)[number]

/** Each order ends on the certificate id, so pages never repeat or skip a product. */
const ORDER_BY: Record<StoreOcopSort, (alias: string) => string> = {
  stars: (t) => `${t}stars DESC, ${t}decision_date DESC, ${t}certificate_id ASC`,
  newest: (t) => `${t}decision_date DESC, ${t}certificate_id ASC`,
}
/** The same orders backwards: a page before a cursor is read backwards through the index, then turned. */
const REVERSED: Record<StoreOcopSort, (alias: string) => string> = {
  stars: (t) => `${t}stars ASC, ${t}decision_date ASC, ${t}certificate_id DESC`,
  newest: (t) => `${t}decision_date ASC, ${t}certificate_id DESC`,
}

export type StoreOcopFilters = Pick<StoreOcopQuery, "id" | "stars" | "product_group" | "province" | "subject_id">

/** The columns of `matched` a listing page shows (aliases: `c` certificate, `p` product). */
export const LISTING_COLUMNS = `c.id AS certificate_id, c.status, c.stars, c.product_group, c.subgroup, c.province,
  c.decision_number, c.decision_date, c.authority_name, c.expires_at, c.subject_id,
  p.id, p.title, p.subtitle, p.handle, p.thumbnail`

/**
 * The certificates valid at `at` of published products in the OCOP channel, narrowed by the
 * filters, as one SQL common table expression `matched` (certificate, product and producer
 * columns) with its bindings. Shared by the listing and the summary so that both count the same
 * products. Null when the publishable key's channels do not include the OCOP channel. `columns`
 * (default: what a listing page shows) keeps the rows narrow where only a few are read: the
 * summary counts every matched certificate and need not carry titles and handles through that
 * materialised set.
 */
export async function matchedCertificatesSql(
  container: Container,
  filters: StoreOcopFilters,
  salesChannelIds: string[] | undefined,
  at: Date,
  columns: string = LISTING_COLUMNS,
  /** Read once into a materialised set (counted and sorted whole); false: inlined where used. */
  materialized = true,
): Promise<{ cte: string; bindings: Record<string, unknown> } | null> {
  const province = provinceFilter(filters.province)
  const channel = await findOcopSalesChannel(container)
  if (!channel || (salesChannelIds && !salesChannelIds.includes(channel.id))) return null

  const where = [`c.deleted_at IS NULL`, `c.status = 'valid'`, `c.expires_at > :at`]
  const bindings: Record<string, unknown> = { at, channel: channel.id }
  if (filters.id?.length) {
    where.push(`c.product_id = ANY(:ids)`)
    bindings.ids = filters.id
  }
  if (filters.stars?.length) {
    where.push(`c.stars = ANY(:stars)`)
    bindings.stars = filters.stars
  }
  if (filters.product_group?.length) {
    where.push(`c.product_group = ANY(:groups)`)
    bindings.groups = filters.product_group
  }
  if (province) {
    where.push(`c.province = :province`)
    bindings.province = province
  }
  if (filters.subject_id?.length) {
    where.push(`c.subject_id = ANY(:subjects)`)
    bindings.subjects = filters.subject_id
  }
  // The channel link of each matched product. With a province, ids or producers the certificates
  // matched are a few hundred at most, and a page read through the index (not materialised: only
  // its rows and those an OFFSET skips are read) is a few rows whatever the catalogue: one index
  // lookup each (LATERAL), else PostgreSQL hashes the whole link table (a sequential scan of 20,000
  // rows: 5 ms at 20,000 products against 1 ms, and growing with the catalogue). Counting every
  // match without a narrowing filter (counts unavailable), the hash join is cheaper.
  const narrow = province || filters.id?.length || filters.subject_id?.length || !materialized
  const channelJoin = narrow
    ? `JOIN LATERAL (SELECT 1 FROM product_sales_channel l
                    WHERE l.product_id = p.id AND l.sales_channel_id = :channel AND l.deleted_at IS NULL LIMIT 1) l ON true`
    : `JOIN product_sales_channel l ON l.product_id = p.id AND l.sales_channel_id = :channel AND l.deleted_at IS NULL`
  return {
    cte: `matched AS ${materialized ? "" : "NOT "}MATERIALIZED (
       SELECT ${columns}
         FROM ocop_certificate c
         JOIN product p ON p.id = c.product_id AND p.deleted_at IS NULL AND p.status = 'published'
         ${channelJoin}
        WHERE ${where.join(" AND ")}
     )`,
    bindings,
  }
}

type ListingRow = Record<string, any> & {
  total: string | number
  id: string | null
  stars: number
  decision_date: Date
  certificate_id: string
}

/**
 * Published products in the OCOP sales channel that hold a certificate valid now, with their
 * compact `ocop` object, best stars first (or the latest decisions first).
 *
 * One SQL statement per page (national scale): the certificates in the page's order, through
 * the composite index `IDX_ocop_certificate_store_listing` (valid, by province, group, stars,
 * decision date) or the order's own (`IDX_ocop_certificate_listing_*`), joined to the product,
 * its OCOP channel link and the producer until the page is full; the total from the maintained
 * counts (lib/listing-counts.ts) when the filters are stars, group and province, else by counting
 * the matches (a product's ids or a producer's products: a few hundred at most), in the same
 * round trip. A page after or before a cursor (`next_cursor`, `prev_cursor`: the next and previous
 * links) starts at the cursor's row in the index instead of reading and dropping every row before
 * it (OFFSET): the 500th page costs what the first costs. Going through `query.graph` and the module services instead read every product id
 * of the channel first and sent them back as a 20,000-element IN list: about a second per page at
 * 20,000 products (see bench/README.md).
 */
export async function listStoreOcopProducts(
  container: Container,
  params: StoreOcopQuery,
  salesChannelIds: string[] | undefined,
  at = new Date(),
) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const narrow = !!(params.id?.length || params.subject_id?.length)
  const counted =
    !narrow &&
    (await listingCountsReady(knex, (message) =>
      (container.resolve(ContainerRegistrationKeys.LOGGER) as { warn: (m: string) => void }).warn(message),
    ))
  try {
    return await listingPage(container, knex, params, salesChannelIds, at, counted)
  } catch (error) {
    // 42P01: undefined table — the counts are gone (the database was restored from an older copy).
    if (!counted || (error as { code?: string }).code !== "42P01") throw error
    forgetListingCounts()
    return listingPage(container, knex, params, salesChannelIds, at, false)
  }
}

async function listingPage(
  container: Container,
  knex: any,
  params: StoreOcopQuery,
  salesChannelIds: string[] | undefined,
  at: Date,
  counted: boolean,
) {
  const empty = {
    products: [],
    count: 0,
    limit: params.limit,
    offset: params.offset,
    next_cursor: null,
    prev_cursor: null,
  }
  const matched = await matchedCertificatesSql(container, params, salesChannelIds, at, LISTING_COLUMNS, !counted)
  if (!matched) return empty
  const sort = params.sort ?? "stars"
  const order = ORDER_BY[sort]
  // A cursor's page starts at its row in the index (no OFFSET); before it, read backwards.
  const backwards = !!params.before
  const cursor = params.after ?? params.before
  const keyset = cursor ? cursorCondition(cursor, backwards ? "before" : "after") : undefined
  const total = counted
    ? countedListingSql(
        { stars: params.stars, product_group: params.product_group, province: provinceFilter(params.province) },
        matched.bindings.channel as string,
        at,
      )
    : { sql: `(SELECT count(*) FROM matched)`, bindings: {} }
  // One row more than the page: whether there is a page after it (before it, read backwards).
  const { rows } = (await knex.raw(
    `WITH ${matched.cte}
     SELECT total.n AS total, page.*,
            -- per row of the page (a join would hash every producer)
            (SELECT s.legal_name FROM ocop_subject s WHERE s.id = page.subject_id) AS producer
       FROM (SELECT ${total.sql} AS n) total
       LEFT JOIN LATERAL (
         SELECT * FROM matched ${keyset ? `WHERE ${keyset.sql}` : ""}
          ORDER BY ${(backwards ? REVERSED[sort] : order)("")} LIMIT :limit ${keyset ? "" : "OFFSET :offset"}
       ) page ON true
      ORDER BY ${order("page.")}`,
    {
      ...matched.bindings,
      ...total.bindings,
      ...keyset?.bindings,
      limit: params.limit + 1,
      ...(keyset ? {} : { offset: params.offset }),
    },
  )) as { rows: ListingRow[] }
  const count = Number(rows[0]?.total ?? 0)
  const found = rows.filter((row) => row.id !== null)
  const more = found.length > params.limit
  const page = more ? (backwards ? found.slice(1) : found.slice(0, params.limit)) : found
  const hasNext = backwards || more
  const hasPrevious = backwards ? more : params.offset > 0 || !!params.after
  return {
    products: page.map((row) => ({
      id: row.id,
      title: row.title,
      subtitle: row.subtitle,
      handle: row.handle,
      thumbnail: row.thumbnail,
      ocop: presentStoreOcop({ ...row, subject: { id: row.subject_id, legal_name: row.producer } }, at),
    })),
    count,
    limit: params.limit,
    offset: params.offset,
    /** `after=` this gives the next page; `before=` this the previous one (null: there is none). */
    next_cursor: hasNext && page.length ? encodeListingCursor(sort, page[page.length - 1]) : null,
    prev_cursor: hasPrevious && page.length ? encodeListingCursor(sort, page[0]) : null,
  }
}
