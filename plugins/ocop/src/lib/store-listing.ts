import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provinceFilter } from "./certificate-listing"
import { presentStoreOcop } from "./present"
import { findOcopSalesChannel } from "./sales-channel"
import { readStoreCounts } from "./store-counts"

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
}

export const STORE_OCOP_SORTS = ["stars", "newest"] as const
export type StoreOcopSort = (typeof STORE_OCOP_SORTS)[number]

/** Each order ends on the certificate id, so pages never repeat or skip a product. */
const ORDER_BY: Record<StoreOcopSort, (alias: string) => string> = {
  stars: (t) => `${t}stars DESC, ${t}decision_date DESC, ${t}certificate_id ASC`,
  newest: (t) => `${t}decision_date DESC, ${t}certificate_id ASC`,
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
 * materialised set. Not `materialized`, a page of it ordered by an index stops after that page.
 */
export async function matchedCertificatesSql(
  container: Container,
  filters: StoreOcopFilters,
  salesChannelIds: string[] | undefined,
  at: Date,
  columns: string = LISTING_COLUMNS,
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
  // matched are a few hundred at most: one index lookup each (LATERAL), else PostgreSQL hashes the
  // whole link table (a sequential scan of 20,000 rows: 5 ms at 20,000 products against 1 ms, and
  // growing with the catalogue). Without one most certificates match and the hash join is cheaper.
  const narrow = province || filters.id?.length || filters.subject_id?.length
  const channelJoin = narrow
    ? `JOIN LATERAL (SELECT 1 FROM product_sales_channel l
                    WHERE l.product_id = p.id AND l.sales_channel_id = :channel AND l.deleted_at IS NULL LIMIT 1) l ON true`
    : `JOIN product_sales_channel l ON l.product_id = p.id AND l.sales_channel_id = :channel AND l.deleted_at IS NULL`
  return {
    cte: `matched AS ${materialized ? "MATERIALIZED" : "NOT MATERIALIZED"} (
       SELECT ${columns}
         FROM ocop_certificate c
         JOIN product p ON p.id = c.product_id AND p.deleted_at IS NULL AND p.status = 'published'
         ${channelJoin}
        WHERE ${where.join(" AND ")}
     )`,
    bindings,
  }
}

type ListingRow = Record<string, any> & { total: string | number; id: string | null }

/**
 * Published products in the OCOP sales channel that hold a certificate valid now, with their
 * compact `ocop` object, best stars first (or the latest decisions first).
 *
 * At most two SQL statements per page (national scale), whatever the catalogue size:
 * - narrowed to producers or products (a few certificates): the certificates, joined to the
 *   product, its OCOP channel link and the producer, with the total count in the same round trip;
 * - otherwise (the home page's best and newest, a province's or a group's page): the total from
 *   the maintained counts (lib/store-counts.ts), and the page read in its order (through the
 *   indexes `IDX_ocop_certificate_best` / `_newest` / `_related`, or a province's certificates by
 *   `IDX_ocop_certificate_store_listing` sorted before their products are read), which stops after
 *   the page instead of joining every matching certificate to its product and channel link (588
 *   of a province's at 20,000 products: 40 ms against 2).
 * Going through `query.graph` and the module services instead read every product id of the
 * channel first and sent them back as a 20,000-element IN list: about a second per page at 20,000
 * products (see bench/README.md).
 */
export async function listStoreOcopProducts(
  container: Container,
  params: StoreOcopQuery,
  salesChannelIds: string[] | undefined,
  at = new Date(),
) {
  const empty = { products: [], count: 0, limit: params.limit, offset: params.offset }
  const narrow = Boolean(params.id?.length || params.subject_id?.length)
  const matched = await matchedCertificatesSql(container, params, salesChannelIds, at, LISTING_COLUMNS, narrow)
  if (!matched) return empty
  const order = ORDER_BY[params.sort ?? "stars"]
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const page = `SELECT * FROM matched ORDER BY ${order("")} LIMIT :limit OFFSET :offset`
  const bindings = { ...matched.bindings, limit: params.limit, offset: params.offset }
  let rows: ListingRow[]
  let count: number
  if (narrow) {
    rows = (
      await knex.raw(
        `WITH ${matched.cte}
         SELECT total.n AS total, page.*, s.legal_name AS producer
           FROM (SELECT count(*) AS n FROM matched) total
           LEFT JOIN LATERAL (${page}) page ON true
           LEFT JOIN ocop_subject s ON s.id = page.subject_id
          ORDER BY ${order("page.")}`,
        bindings,
      )
    ).rows
    count = Number(rows[0]?.total ?? 0)
  } else {
    const where = ["n > 0"]
    if (params.stars?.length) where.push("stars = ANY(:stars)")
    if (params.product_group?.length) where.push("product_group = ANY(:groups)")
    if (matched.bindings.province) where.push("province = :province")
    const [total, found] = await Promise.all([
      readStoreCounts(container, `SELECT sum(n) AS n FROM ocop_store_count WHERE ${where.join(" AND ")}`, bindings, at),
      knex.raw(
        `WITH ${matched.cte}
         SELECT page.*, s.legal_name AS producer FROM (${page}) page
           LEFT JOIN ocop_subject s ON s.id = page.subject_id
          ORDER BY ${order("page.")}`,
        bindings,
      ),
    ])
    count = Number(total[0]?.n ?? 0)
    rows = found.rows
  }
  return {
    products: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
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
  }
}
