import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"

/**
 * Tables written by background work (search index, workflow runs, notifications, migrations, the
 * listing counts and producers' ranking that a job makes and folds), not by a request's own writes.
 */
const BACKGROUND_TABLES =
  /^(workflow_execution|index_|mikro_orm_migrations|script_migrations|notification|ocop_product_search|product_search|search_|link_module_migrations|auth_identity|provider_identity|ocop_listing_count|ocop_listing_subject_count|ocop_listing_producer_rank)/

/**
 * The number of rows of every table a request writes, to prove a refused request wrote nothing.
 * One statement, prepared on the connection (named by its text, so a new table makes a new one):
 * the generated runs call this after every refused request, and planning a count of two hundred
 * tables costs far more than running it.
 */
export async function rowCounts(container: MedusaContainer): Promise<Map<string, number>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(
    `select tablename from pg_tables where schemaname = 'public' order by tablename`,
  )
  const names = (tables as { tablename: string }[])
    .map((t) => t.tablename)
    .filter((name) => !BACKGROUND_TABLES.test(name))
  const text = `select ${names.map((name) => `(select count(*) from "${name}")::int as "${name}"`).join(", ")}`
  const connection = await pg.client.acquireConnection()
  try {
    const { rows } = await connection.query({
      name: `row_counts_${createHash("sha1").update(text).digest("hex")}`,
      text,
    })
    return new Map(names.map((name) => [name, rows[0][name] as number]))
  } finally {
    await pg.client.releaseConnection(connection)
  }
}

/** The tables whose counts differ, as `table: before → after`. */
export function changedRows(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after]
    .filter(([table, n]) => before.get(table) !== n)
    .map(([table, n]) => `${table}: ${before.get(table)} → ${n}`)
}
