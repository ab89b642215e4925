import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { matchedCertificatesSql } from "./store-listing"

type Container = Pick<MedusaContainer, "resolve">
type Knex = any

/**
 * The counts of OCOP products on sale (the listing's products: lib/store-listing.ts) kept in two
 * small tables (migration OcopCertificationMigration20261207130050), so that the home and province
 * pages read a bounded number of rows instead of every valid certificate:
 *
 * - `ocop_store_subject_count`: per producer, stars, group and province, with the earliest end of
 *   validity among those products (`first_expiry`);
 * - `ocop_store_count`: per stars, group and province (at most 3 × 6 × 34 rows), the sum of the above.
 *
 * A producer's rows are recounted from its certificates whenever one of them, or the publication of
 * one of its products, changes: by the certification steps themselves (the counts are right when the
 * workflow answers), by a subscriber for the products' own changes, and by the readers for rows whose
 * `first_expiry` has passed. A periodic job rebuilds both tables from scratch (lib: rebuildStoreCounts)
 * in case anything changed elsewhere (a product linked to the channel by hand).
 */
const COUNTED = "c.subject_id, c.stars, c.product_group, c.province, c.expires_at"
/** The key of the advisory locks that make one recount of a producer at a time. */
const LOCK_CLASS = 720_1207

function knexOf(container: Container): Knex {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

/** Adds signed counts per stars, group and province to `ocop_store_count`, in key order (no lock cycles). */
const APPLY_DELTA = (source: string) => `
  INSERT INTO ocop_store_count (stars, product_group, province, n)
  SELECT stars, product_group, province, sum(n) FROM ${source}
   GROUP BY stars, product_group, province HAVING sum(n) <> 0
   ORDER BY stars, product_group, province
  ON CONFLICT (stars, product_group, province) DO UPDATE SET n = ocop_store_count.n + excluded.n`

/**
 * Recounts, one at a time in this process: each holds a database connection for its transaction,
 * and many at once (a burst of product events) would wait on each other's producer locks holding
 * connections the rest of the server needs.
 */
let recounts: Promise<unknown> = Promise.resolve()

/**
 * Recounts the rows of these producers, and those of the producers of these products or
 * certificates (whatever the certificates' status: a revoked one's producer loses a product).
 */
export function recountStoreCounts(
  container: Container,
  of: { subject_ids?: string[]; product_ids?: string[]; certificate_ids?: string[] },
  at = new Date(),
): Promise<void> {
  const run = recounts.then(() => recount(container, of, at))
  recounts = run.catch(() => undefined)
  return run
}

async function recount(
  container: Container,
  of: { subject_ids?: string[]; product_ids?: string[]; certificate_ids?: string[] },
  at: Date,
) {
  const knex = knexOf(container)
  const ids = await storeCountSubjects(container, of)
  if (!ids.length) return
  const matched = await matchedCertificatesSql(container, { subject_id: ids }, undefined, at, COUNTED)
  await knex.transaction(async (trx: Knex) => {
    // Two recounts of one producer at once would each add its products once.
    await trx.raw(
      `SELECT pg_advisory_xact_lock(:lock, hashtext(s)) FROM (SELECT s FROM unnest(:ids::text[]) s ORDER BY s) k`,
      { lock: LOCK_CLASS, ids },
    )
    await trx.raw(
      `WITH old AS (DELETE FROM ocop_store_subject_count WHERE subject_id = ANY(:ids)
                    RETURNING stars, product_group, province, -n AS n)
       ${APPLY_DELTA("old")}`,
      { ids },
    )
    if (!matched) return
    await trx.raw(
      `WITH ${matched.cte},
       new AS (INSERT INTO ocop_store_subject_count (subject_id, stars, product_group, province, n, first_expiry)
               SELECT subject_id, stars, product_group, province, count(*), min(expires_at) FROM matched
                GROUP BY subject_id, stars, product_group, province
               RETURNING stars, product_group, province, n)
       ${APPLY_DELTA("new")}`,
      matched.bindings,
    )
  })
}

/** The producers of these products or certificates (whatever the certificates' status), and these. */
export async function storeCountSubjects(
  container: Container,
  of: { subject_ids?: string[]; product_ids?: string[]; certificate_ids?: string[] },
): Promise<string[]> {
  const subjects = new Set((of.subject_ids ?? []).filter(Boolean))
  if (of.product_ids?.length || of.certificate_ids?.length) {
    const { rows } = await knexOf(container).raw(
      `SELECT DISTINCT subject_id FROM ocop_certificate WHERE product_id = ANY(:products) OR id = ANY(:certificates)`,
      { products: of.product_ids ?? [], certificates: of.certificate_ids ?? [] },
    )
    for (const row of rows as { subject_id: string }[]) subjects.add(row.subject_id)
  }
  return [...subjects].sort()
}

/** Counts everything again from the certificates (the periodic job; the first read of an empty table). */
export async function rebuildStoreCounts(container: Container, at = new Date()) {
  const knex = knexOf(container)
  const matched = await matchedCertificatesSql(container, {}, undefined, at, COUNTED)
  await knex.transaction(async (trx: Knex) => {
    // Readers go on reading the old counts meanwhile; recounts wait.
    await trx.raw(`LOCK TABLE ocop_store_subject_count, ocop_store_count IN EXCLUSIVE MODE`)
    await trx.raw(`DELETE FROM ocop_store_subject_count`)
    await trx.raw(`DELETE FROM ocop_store_count`)
    if (!matched) return
    await trx.raw(
      `WITH ${matched.cte}
       INSERT INTO ocop_store_subject_count (subject_id, stars, product_group, province, n, first_expiry)
       SELECT subject_id, stars, product_group, province, count(*), min(expires_at) FROM matched
        GROUP BY subject_id, stars, product_group, province`,
      matched.bindings,
    )
    await trx.raw(`${APPLY_DELTA("ocop_store_subject_count")}`)
  })
}

/**
 * Reads the counts with `sql` (a SELECT over the two tables), settled at `at` in the same
 * statement: when a row holds a product whose certificate has ended since (validity is a matter of
 * time, not only of events) its producers are recounted first, and when nothing was ever counted
 * everything is; then `sql` is read again. One statement when nothing is due. The rows' order is
 * not kept.
 */
export async function readStoreCounts<T = Record<string, any>>(
  container: Container,
  sql: string,
  bindings: Record<string, unknown>,
  at = new Date(),
): Promise<T[]> {
  const knex = knexOf(container)
  const { rows } = await knex.raw(
    `WITH due AS (
       SELECT (SELECT coalesce(array_agg(DISTINCT subject_id), '{}') FROM ocop_store_subject_count
                WHERE first_expiry <= :due_at) AS ended,
              NOT EXISTS (SELECT 1 FROM ocop_store_count) AS empty)
     SELECT due.ended AS due_ended, due.empty AS due_empty, counted.*
       FROM due LEFT JOIN LATERAL (SELECT true AS due_row, q.* FROM (${sql}) q) counted
         ON NOT due.empty AND cardinality(due.ended) = 0`,
    { ...bindings, due_at: at },
  )
  const { due_ended: ended, due_empty: empty } = rows[0] as { due_ended: string[]; due_empty: boolean }
  if (!empty && !ended.length) return rows.filter((row: Record<string, any>) => row.due_row).map(withoutDue) as T[]
  if (empty) await rebuildStoreCounts(container, at)
  else await recountStoreCounts(container, { subject_ids: ended }, at)
  return (await knex.raw(sql, bindings)).rows as T[]
}

function withoutDue({ due_ended, due_empty, due_row, ...row }: Record<string, any>) {
  return row
}
