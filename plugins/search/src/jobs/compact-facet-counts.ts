import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUNTS_COMMENT, COUNTS_N, compactFacetCountsSql } from "../providers/search-postgres-vi/facet-counts"

/**
 * Every minute: each search index's facet counts (PostgreSQL engine), appended to by every
 * document written, folded into one row per key. The tables are found by their comment.
 */
export default async function compactFacetCounts(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> ?
      WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
        AND starts_with(coalesce(obj_description(c.oid, 'pg_class'), ''), ?)
      GROUP BY c.relname`,
    [COUNTS_N, COUNTS_COMMENT],
  )
  for (const table of rows as { name: string; columns: string[] }[])
    await knex.raw(compactFacetCountsSql(table.name, table.columns))
}

export const config = {
  name: "search-compact-facet-counts",
  schedule: "* * * * *",
}
