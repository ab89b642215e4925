/**
 * One SQL statement for a whole batch of searches on one index: the hits, the count and every
 * facet of the base query and of the per-facet queries Medusa's Search Module adds for disjunctive
 * facets (the same text, one filter dropped each). Medusa's provider answers such a batch with a
 * statement per hits list, count and facet (8 to 12 for a storefront search), each matching the
 * text and the filters again and reading the facet values out of jsonb.
 *
 * Here, with text, the matching rows are found once (full-text index, then the filters all the
 * queries share) into a materialized set of plain typed columns (typed-columns.ts) and the score;
 * each part reads that set with its own remaining filters. Without text, each search's rows are
 * read once through the typed columns' btree indexes, for its hits, count and facets. Results mean exactly what Medusa's statements mean:
 * the filter operators below compile to the same predicates on the typed copies, and anything this
 * does not handle (other operators, `$or`/`$not`, arrays, distinct, min_score, vectors, range or
 * stats facets, facet value queries) returns null, and the caller runs Medusa's own code.
 */
import type { TypedColumn } from "./typed-columns"

type Row = Record<string, any>
type Fragment = { key: string; sql: string; params: unknown[] }
export type KeywordFragments = {
  q?: string
  rankSql: (params: unknown[]) => string
  matchSql?: (params: unknown[]) => string
}

export type BatchInput = {
  /** The input as Medusa's provider receives it (index, filters, pagination, search_options). */
  input: Row
  keyword: KeywordFragments | null
}

export type BatchStatement = {
  sql: string
  params: unknown[]
  /** Turns the statement's one row into one result per input, shaped as Medusa's provider's. */
  read: (row: Row) => { hitRows: Row[]; count: number | null; facets: Row | undefined }[]
}

function sqlValue(column: TypedColumn, value: unknown): { ok: boolean; value: unknown } {
  if (value === null || value === undefined) return { ok: true, value: null }
  switch (column.kind) {
    case "number": {
      const number = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      return Number.isNaN(number) ? { ok: false, value } : { ok: true, value: number }
    }
    case "boolean":
      if (typeof value === "boolean") return { ok: true, value }
      if (value === "true" || value === "false") return { ok: true, value: value === "true" }
      return { ok: true, value: Boolean(value) }
    default:
      return { ok: true, value: typeof value === "string" ? value : String(value) }
  }
}

/** `column` equals one of `values` (`indexed` stores no nulls: null means the field is absent). */
function anyOf(column: TypedColumn, values: unknown[], params: unknown[]): string | null {
  if (!values.length) return "FALSE"
  const parts: string[] = []
  for (const raw of values) {
    const cast = sqlValue(column, raw)
    if (!cast.ok) return null
    if (cast.value === null) parts.push(`"${column.column}" IS NULL`)
    else {
      params.push(cast.value)
      parts.push(`"${column.column}" = ?`)
    }
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(column: TypedColumn, raw: unknown, params: unknown[]): string | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date)
    return anyOf(column, Array.isArray(raw) ? raw : [raw], params)
  const parts: string[] = []
  const operators = Object.entries(raw as Row)
  if (!operators.length || operators.some(([key]) => !key.startsWith("$"))) return null
  for (const [operator, value] of operators) {
    const list = Array.isArray(value) ? value : [value]
    let part: string | null
    switch (operator) {
      case "$eq":
        part = anyOf(column, [value], params)
        break
      case "$in":
        part = anyOf(column, list, params)
        break
      case "$ne":
      case "$nin": {
        // A document without the field is "not equal": NULL must count as true.
        const inner = anyOf(column, operator === "$ne" ? [value] : list, params)
        part = inner === null ? null : `NOT COALESCE(${inner}, FALSE)`
        break
      }
      case "$exists":
        part = `"${column.column}" IS ${value ? "NOT " : ""}NULL`
        break
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte": {
        const cast = sqlValue(column, value)
        if (!cast.ok || cast.value === null) return null
        params.push(cast.value)
        part = `"${column.column}" ${COMPARISONS[operator]} ?`
        break
      }
      default:
        part = null
    }
    if (part === null) return null
    parts.push(part)
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filters as a list of conjuncts, each keyed by what it says (to find those all inputs share). */
export function compileFilters(filters: Row | undefined, columns: Map<string, TypedColumn>): Fragment[] | null {
  const fragments: Fragment[] = []
  const walk = (branch: Row): boolean => {
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and") {
        for (const nested of (value ?? []) as Row[]) if (!walk(nested)) return false
        continue
      }
      const column = columns.get(key)
      if (!column || key.startsWith("$")) return false
      const params: unknown[] = []
      const sql = fieldPredicate(column, value, params)
      if (sql === null) return false
      fragments.push({ key: `${sql}\u0000${JSON.stringify(params)}`, sql, params })
    }
    return true
  }
  return filters && !walk(filters) ? null : fragments
}

type FacetRequest = { field: string; column: TypedColumn; limit: number; alpha: boolean }

function facetRequests(requests: unknown[] | undefined, columns: Map<string, TypedColumn>): FacetRequest[] | null {
  const out: FacetRequest[] = []
  for (const request of requests ?? []) {
    const spec: Row = typeof request === "string" ? { field: request, type: "value" } : (request as Row)
    const column = columns.get(spec.field)
    if (!column?.facetable || (spec.type ?? "value") !== "value" || spec.query) return null
    out.push({ field: spec.field, column, limit: spec.limit ?? 10, alpha: spec.sort === "alpha" })
  }
  return out
}

/** Medusa's default order, or the requested one over the typed columns (null: not ours to serve). */
function orderBy(input: Row, columns: Map<string, TypedColumn>, hasScore: boolean): string | null {
  const order = Object.entries((input.pagination?.order ?? {}) as Record<string, string>)
  // `score` is the select list's column (a bare name), the rest the table's.
  if (!order.length) return hasScore ? `score DESC NULLS LAST, s."id" ASC` : `s."id" ASC`
  const clauses: string[] = []
  for (const [property, direction] of order) {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") clauses.push(`score ${dir} NULLS LAST`)
    else {
      const column = columns.get(property)
      if (!column) return null
      clauses.push(`s."${column.column}" ${dir} NULLS LAST`)
    }
  }
  return clauses.join(", ")
}

const UNSUPPORTED_OPTIONS = ["vector", "locales", "distinct", "min_score", "attributes_to_search_on", "highlight"]

/**
 * The statement for a batch, or null when the batch asks for something only Medusa's code serves.
 * All inputs must share the index and the text (what Medusa's disjunctive facets produce).
 */
export function buildBatchStatement(
  table: string,
  columns: Map<string, TypedColumn>,
  batch: BatchInput[],
): BatchStatement | null {
  const first = batch[0]
  if (!first) return null
  const q = first.keyword?.q
  for (const { input, keyword } of batch) {
    const options: Row = input.search_options ?? {}
    if (input.index?.physical_name !== first.input.index?.physical_name || keyword?.q !== q) return null
    if (UNSUPPORTED_OPTIONS.some((option) => options[option] !== undefined && options[option] !== false)) return null
    if (input.index?.settings?.distinct_attribute || input.pagination?.cursor !== undefined) return null
    if (q && !keyword?.matchSql) return null
  }
  const compiled = batch.map(({ input }) => compileFilters(input.filters, columns))
  if (compiled.some((fragments) => fragments === null)) return null
  const facets = batch.map(({ input }) => facetRequests(input.search_options?.facets, columns))
  if (facets.some((requests) => requests === null)) return null
  const orders = batch.map(({ input }) => orderBy(input, columns, !!q))
  if (orders.some((order) => order === null)) return null

  const params: unknown[] = []
  const parts: string[] = []
  const readers: ((row: Row) => void)[] = []
  const results = batch.map(() => ({
    hitRows: [] as Row[],
    count: null as number | null,
    facets: undefined as Row | undefined,
  }))

  // With text, the conjuncts every input has go into the shared set — the rest stay per input.
  const shared = (compiled[0] as Fragment[]).filter((fragment) =>
    compiled.every((fragments) => fragments!.some((other) => other.key === fragment.key)),
  )
  const sharedKeys = new Set(shared.map((fragment) => fragment.key))
  const typed = [...columns.values()].map((column) => `"${column.column}"`).join(", ")
  const ctes: string[] = []
  const sources: string[] = []
  const residual: Fragment[][] = []
  if (q) {
    // Placeholders in the order of the text: the rank, then the match and the shared filters.
    const rank = first.keyword!.rankSql(params)
    const conditions = [first.keyword!.matchSql!(params)]
    for (const fragment of shared) {
      conditions.push(fragment.sql)
      params.push(...fragment.params)
    }
    ctes.push(
      `s AS MATERIALIZED (SELECT "id", ${rank} AS score, ${typed} FROM "${table}" WHERE ${conditions.join(" AND ")})`,
    )
    batch.forEach((_, i) => {
      sources.push("s")
      residual.push((compiled[i] as Fragment[]).filter((fragment) => !sharedKeys.has(fragment.key)))
    })
  } else {
    // Each search's rows once (through the typed columns' indexes), with only the columns its hits
    // and facets read, so a facet-only search is an index-only scan.
    batch.forEach(({ input }, i) => {
      const fragments = compiled[i] as Fragment[]
      for (const fragment of fragments) params.push(...fragment.params)
      const whereSql = fragments.length ? `WHERE ${fragments.map((fragment) => fragment.sql).join(" AND ")}` : ""
      const hits = Number(input.pagination?.take ?? 20) > 0
      const read = new Set((facets[i] as FacetRequest[]).map((request) => `"${request.column.column}"`))
      if (hits) for (const column of columns.values()) read.add(`"${column.column}"`)
      ctes.push(
        `s${i} AS MATERIALIZED (SELECT ${hits ? `"id"` : "1 AS one"}${[...read].map((c) => `, ${c}`).join("")} FROM "${table}" ${whereSql})`,
      )
      sources.push(`s${i} s`)
      residual.push([])
    })
  }
  const prefix = `WITH ${ctes.join(", ")} `
  const where = (i: number, extra?: string) => {
    const conditions = residual[i].map((fragment) => {
      params.push(...fragment.params)
      return fragment.sql
    })
    if (extra) conditions.push(extra)
    return conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
  }
  const score = q ? "s.score" : "0::float4"

  batch.forEach(({ input }, i) => {
    const options: Row = input.search_options ?? {}
    const take = Number(input.pagination?.take ?? 20)
    const skip = Number(input.pagination?.skip ?? 0)
    if (take > 0) {
      const name = `h${i}`
      const whereSql = where(i)
      params.push(take, skip)
      parts.push(
        `(SELECT coalesce(json_agg(json_build_object('id', h."id", 'score', h.score, 'document', d."document") ORDER BY h.__n), '[]'::json)
          FROM (SELECT p."id", p.score, row_number() OVER () AS __n
                FROM (SELECT s."id", ${score} AS score FROM ${sources[i]} ${whereSql} ORDER BY ${orders[i]} LIMIT ? OFFSET ?) p) h
          JOIN "${table}" d ON d."id" = h."id") AS "${name}"`,
      )
      readers.push((row) => {
        results[i].hitRows = row[name] ?? []
      })
    }
    if (options.count !== "none") {
      const name = `c${i}`
      parts.push(`(SELECT count(*)::int FROM ${sources[i]} ${where(i)}) AS "${name}"`)
      readers.push((row) => {
        results[i].count = Number(row[name] ?? 0)
      })
    }
    const requests = facets[i] as FacetRequest[]
    if (requests.length) results[i].facets = {}
    requests.forEach((request, f) => {
      const name = `f${i}_${f}`
      const value = request.column.kind === "text" ? `"${request.column.column}"` : `"${request.column.column}"::text`
      const order = request.alpha ? "value ASC" : "count DESC, value ASC"
      const whereSql = where(i, `"${request.column.column}" IS NOT NULL`)
      params.push(request.limit)
      parts.push(
        `(SELECT coalesce(json_agg(json_build_object('value', v.value, 'count', v.count) ORDER BY ${order.replace(/value|count/g, (word) => `v.${word}`)}), '[]'::json)
          FROM (SELECT ${value} AS value, count(*)::int AS count FROM ${sources[i]} ${whereSql}
                GROUP BY 1 ORDER BY ${order} LIMIT ?) v) AS "${name}"`,
      )
      readers.push((row) => {
        const values = (row[name] ?? []) as { value: unknown; count: number }[]
        results[i].facets![request.field] = {
          type: "value",
          values: values.map((entry) => ({ value: String(entry.value), count: Number(entry.count ?? 0) })),
        }
      })
    })
  })
  if (!parts.length) parts.push("1 AS nothing")
  return {
    sql: `${prefix}SELECT ${parts.join(",\n")}`,
    params,
    read: (row) => {
      for (const reader of readers) reader(row)
      return results
    },
  }
}
