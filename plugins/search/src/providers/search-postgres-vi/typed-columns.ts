/**
 * Typed copies of an index's scalar filter, sort and facet fields, as stored generated columns of
 * its document table, with btree indexes on the filterable ones.
 *
 * Medusa's provider reads every filter, sort key and facet value out of the `indexed` jsonb column
 * (`indexed @> '{"stars":4}'`, `(indexed#>>'{price}')::float8`): one jsonb index serves the
 * containments, and every row that passes is read and parsed again for each sort key and facet.
 * At 20,000 products a search without text touches nearly every row that way, once per facet.
 * A generated column is computed once per write, from the same `indexed` value, so it can never
 * disagree with it; a btree index narrows by stars, province or expiry directly, and the sort and
 * the facet counts read plain columns.
 */
type Planned = { path: string; kind: string; is_array: boolean; field: Record<string, any> }
export type Plan = { fields: Map<string, Planned> }

export type TypedColumn = {
  path: string
  column: string
  kind: "number" | "boolean" | "text"
  facetable: boolean
  /** Filterable fields get a btree index, except booleans (two values: no index narrows by them). */
  indexed: boolean
  filterable: boolean
}

const SQL_TYPES = { number: "float8", boolean: "boolean", text: "text" } as const
const MAX_IDENTIFIER = 63

function isFacetable(field: Record<string, any>) {
  return field.facetable === true || typeof field.facetable === "object"
}

/** The scalar (not array) fields that are filtered, sorted or faceted on, with their column names. */
export function typedColumns(plan: Plan): Map<string, TypedColumn> {
  const columns = new Map<string, TypedColumn>()
  const used = new Set<string>()
  for (const planned of plan.fields.values()) {
    const { field } = planned
    if (planned.is_array || !(field.filterable || field.sortable || isFacetable(field))) continue
    const kind = planned.kind === "number" ? "number" : planned.kind === "boolean" ? "boolean" : "text"
    if (!["number", "boolean", "keyword", "text"].includes(planned.kind)) continue
    let column = `f_${planned.path.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 40)
    for (let n = 2; used.has(column); n++) column = `${column.slice(0, 36)}_${n}`
    used.add(column)
    columns.set(planned.path, {
      path: planned.path,
      column,
      kind,
      facetable: isFacetable(field),
      indexed: !!field.filterable && kind !== "boolean",
      filterable: !!field.filterable,
    })
  }
  return columns
}

function generatedExpression(column: TypedColumn) {
  const path = `'{${column.path
    .split(".")
    .map((segment) => segment.replace(/'/g, "''"))
    .join(",")}}'`
  if (column.kind === "text") return `("indexed" #>> ${path})`
  return `(("indexed" #>> ${path})::${SQL_TYPES[column.kind]})`
}

function indexName(table: string, column: string, suffix: string) {
  const name = `${table}_${column}_${suffix}`
  return name.length <= MAX_IDENTIFIER
    ? name
    : `${table.slice(0, MAX_IDENTIFIER - column.length - suffix.length - 2)}_${column}_${suffix}`
}

/**
 * The statements that add the missing columns (one ALTER TABLE, so the table is rewritten once)
 * and their indexes. Idempotent.
 */
export function typedColumnsDdl(
  table: string,
  columns: Iterable<TypedColumn>,
  existing: Set<string>,
  primaryKey = "id",
): string[] {
  const all = [...columns]
  const missing = all.filter((column) => !existing.has(column.column))
  const statements: string[] = []
  if (missing.length) {
    statements.push(
      `ALTER TABLE "${table}" ${missing
        .map(
          (column) =>
            `ADD COLUMN IF NOT EXISTS "${column.column}" ${SQL_TYPES[column.kind]} GENERATED ALWAYS AS ${generatedExpression(column)} STORED`,
        )
        .join(", ")}`,
    )
  }
  for (const column of all.filter((candidate) => candidate.indexed)) {
    // A facet field's index carries the other filter fields too: a facet count over a broad
    // filter ("every 4-star product, by province") is then an index-only scan, not a pass over
    // the wide rows.
    const carried = column.facetable
      ? all.filter((other) => other !== column && other.filterable && other.path !== primaryKey)
      : []
    const include = carried.length ? ` INCLUDE (${carried.map((other) => `"${other.column}"`).join(", ")})` : ""
    statements.push(
      `CREATE INDEX IF NOT EXISTS "${indexName(table, column.column, carried.length ? "facet_idx" : "idx")}" ON "${table}" ("${column.column}")${include}`,
    )
  }
  return statements
}
