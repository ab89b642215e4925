import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Tables written by background work (search index, workflow runs, notifications, migrations, the
 * listing counts and producers' ranking that a job makes and folds), not by a request's own writes.
 */
const BACKGROUND_TABLES =
  /^(workflow_execution|index_|mikro_orm_migrations|script_migrations|notification|ocop_product_search|product_search|search_|link_module_migrations|auth_identity|provider_identity|ocop_listing_count|ocop_listing_subject_count|ocop_listing_producer_rank)/

/** The number of rows of every table a request writes, to prove a refused request wrote nothing. */
export async function rowCounts(container: MedusaContainer): Promise<Map<string, number>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(`select tablename from pg_tables where schemaname = 'public'`)
  const names = (tables as { tablename: string }[])
    .map((t) => t.tablename)
    .filter((name) => !BACKGROUND_TABLES.test(name))
  const { rows } = await pg.raw(
    names.map((name) => `select '${name}' as t, count(*)::int as n from "${name}"`).join(" union all "),
  )
  return new Map((rows as { t: string; n: number }[]).map((row) => [row.t, row.n]))
}

/** The tables whose counts differ, as `table: before → after`. */
export function changedRows(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after]
    .filter(([table, n]) => before.get(table) !== n)
    .map(([table, n]) => `${table}: ${before.get(table)} → ${n}`)
}
