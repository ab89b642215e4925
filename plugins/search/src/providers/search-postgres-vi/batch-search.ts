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
import { COUNTS_N } from "./facet-counts"
import type { TypedColumn } from "./typed-columns"

type Row = Record<string, any>
type Fragment = {
  key: string
  sql: string
  params: unknown[]
  column: TypedColumn
  /** Where the fragment is one range comparison: the rows that fail it (indexable). */
  complement?: { sql: string; params: unknown[] }
}
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

const NEGATED: Record<string, string> = { $gt: "<=", $gte: "<", $lt: ">=", $lte: ">" }

/** The rows a one-comparison range filter (`{ $gt: x }`) leaves out: the other side, or no value. */
function rangeComplement(column: TypedColumn, raw: unknown): Fragment["complement"] {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) return undefined
  const operators = Object.entries(raw as Row)
  if (operators.length !== 1 || !NEGATED[operators[0][0]]) return undefined
  const cast = sqlValue(column, operators[0][1])
  if (!cast.ok || cast.value === null) return undefined
  return {
    sql: `("${column.column}" ${NEGATED[operators[0][0]]} ? OR "${column.column}" IS NULL)`,
    params: [cast.value],
  }
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
      fragments.push({
        key: `${sql}\u0000${JSON.stringify(params)}`,
        sql,
        params,
        column,
        complement: rangeComplement(column, value),
      })
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
    const facet = { field: spec.field, column, limit: spec.limit ?? 10, alpha: spec.sort === "alpha" }
    // A field asked twice is answered once, as its last request says.
    const twice = out.findIndex((earlier) => earlier.field === facet.field)
    if (twice >= 0) out[twice] = facet
    else out.push(facet)
  }
  return out
}

/** A column the maintained counts carry. */
function countedColumn(column: TypedColumn, counts: { columns: TypedColumn[] } | undefined) {
  return !!counts?.columns.some((counted) => counted.column === column.column)
}

/**
 * Whether an input's count and counted facets can come from the maintained counts: every filter
 * is on a counted column, or is one range comparison whose complement is subtracted.
 */
function countable(fragments: Fragment[], counts: { columns: TypedColumn[] } | undefined) {
  return !!counts && fragments.every((fragment) => countedColumn(fragment.column, counts) || fragment.complement)
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

/** The typed columns an input's order reads. */
function orderColumns(input: Row, columns: Map<string, TypedColumn>): TypedColumn[] {
  return Object.keys(input.pagination?.order ?? {}).flatMap((property) => columns.get(property) ?? [])
}

/** The value of a facet column as the answer carries it (text). */
function facetValue(column: TypedColumn) {
  return column.kind === "text" ? `"${column.column}"` : `"${column.column}"::text`
}

/**
 * The value facets of one search counted in one pass over its rows (`GROUPING SETS`: a group per
 * facet column, and the empty group for the count when `withCount`), each facet's values ordered
 * and cut to its limit: a JSON list of `{ f, value, count }`, `f` the facet's place in `requests`
 * (-1: the count). One pass instead of one per facet: at national size a common word matches
 * thousands of products.
 */
function groupedFacets(
  requests: FacetRequest[],
  withCount: boolean,
  source: string,
  whereSql: string,
  params: unknown[],
): string {
  const cols = requests.map((request) => `"${request.column.column}"`)
  const which = `CASE ${cols.map((col, f) => `WHEN GROUPING(${col}) = 0 THEN ${f}`).join(" ")} ELSE -1 END`
  const sets = [...cols.map((col) => `(${col})`), ...(withCount ? ["()"] : [])]
  const alpha = requests.flatMap((request, f) => (request.alpha ? [f] : []))
  const order = alpha.length
    ? `CASE WHEN f IN (${alpha.join(", ")}) THEN 0 ELSE count END DESC, value ASC`
    : "count DESC, value ASC"
  const limits = requests.map((request, f) => (params.push(request.limit), `WHEN ${f} THEN ?`)).join(" ")
  return `SELECT coalesce(json_agg(json_build_object('f', g.f, 'value', g.value, 'count', g.count) ORDER BY g.f, g.k), '[]'::json)
          FROM (SELECT f, value, count, row_number() OVER (PARTITION BY f ORDER BY ${order}) AS k
                FROM (SELECT ${which} AS f, COALESCE(${requests.map((request) => facetValue(request.column)).join(", ")}) AS value, count(*)::int AS count
                      FROM ${source} ${whereSql} GROUP BY GROUPING SETS (${sets.join(", ")})) x
                WHERE f < 0 OR value IS NOT NULL) g
          WHERE g.f < 0 OR g.k <= CASE g.f ${limits} END`
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
  /** The index's maintained counts (facet-counts.ts), when it has them. */
  counts?: { table: string; columns: TypedColumn[] },
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
  // The set carries only the typed columns something reads from it: each match is copied into it,
  // and at national size a common word matches thousands of documents.
  const carried = new Set<string>()
  batch.forEach(({ input }, i) => {
    for (const fragment of compiled[i]!) if (!sharedKeys.has(fragment.key)) carried.add(fragment.column.column)
    for (const request of facets[i]!) carried.add(request.column.column)
    for (const column of orderColumns(input, columns)) carried.add(column.column)
  })
  const typed = [...carried].map((column) => `, "${column}"`).join("")
  const ctes: string[] = []
  const sources: string[] = []
  /** Per input: whether its count and counted facets come from the maintained counts. */
  const countedBy: boolean[] = []
  /**
   * The maintained counts matching input i's counted filters, less one per document its other
   * filters (range comparisons) leave out: placeholders in the order of the text.
   */
  const countedSet = (i: number, fragments: Fragment[]) => {
    const exact = fragments.filter((fragment) => countedColumn(fragment.column, counts))
    const ranges = fragments.filter((fragment) => !countedColumn(fragment.column, counts))
    const cols = counts!.columns.map((column) => `"${column.column}"`).join(", ")
    const conditions = (complement: boolean) => {
      const all = exact.map((fragment) => (params.push(...fragment.params), fragment.sql))
      if (complement)
        all.push(
          `(${ranges.map((fragment) => (params.push(...fragment.complement!.params), fragment.complement!.sql)).join(" OR ")})`,
        )
      return all.length ? `WHERE ${all.join(" AND ")}` : ""
    }
    const parts = [`SELECT ${cols}, "${COUNTS_N}" AS n FROM "${counts!.table}" ${conditions(false)}`]
    if (ranges.length) parts.push(`SELECT ${cols}, -1 AS n FROM "${table}" ${conditions(true)}`)
    return `k${i} AS MATERIALIZED (${parts.join(" UNION ALL ")})`
  }
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
      `s AS MATERIALIZED (SELECT "id", ${rank} AS score${typed} FROM "${table}" WHERE ${conditions.join(" AND ")})`,
    )
    batch.forEach((_, i) => {
      sources.push("s")
      residual.push((compiled[i] as Fragment[]).filter((fragment) => !sharedKeys.has(fragment.key)))
    })
  } else {
    // Each search's rows once (through the typed columns' indexes), with only the columns its hits
    // and the facets it cannot read from the maintained counts need, so a facet-only search is an
    // index-only scan — or no scan at all.
    batch.forEach(({ input }, i) => {
      const fragments = compiled[i] as Fragment[]
      const hits = Number(input.pagination?.take ?? 20) > 0
      const counting = countable(fragments, counts)
      countedBy.push(counting)
      const read = new Set(
        (facets[i] as FacetRequest[])
          .filter((request) => !counting || !countedColumn(request.column, counts))
          .map((request) => `"${request.column.column}"`),
      )
      if (counting) ctes.push(countedSet(i, fragments))
      const countRows = (input.search_options ?? {}).count !== "none" && !counting
      if (!hits && !read.size && !countRows) {
        sources.push("")
        residual.push([])
        return
      }
      for (const fragment of fragments) params.push(...fragment.params)
      const whereSql = fragments.length ? `WHERE ${fragments.map((fragment) => fragment.sql).join(" AND ")}` : ""
      if (hits) for (const column of orderColumns(input, columns)) read.add(`"${column.column}"`)
      ctes.push(
        `s${i} AS MATERIALIZED (SELECT ${hits ? `"id"` : "1 AS one"}${[...read].map((c) => `, ${c}`).join("")} FROM "${table}" ${whereSql})`,
      )
      sources.push(`s${i} s`)
      residual.push([])
    })
  }
  const prefix = ctes.length ? `WITH ${ctes.join(", ")} ` : ""
  /** Input i's counts by `column` (or in all), from its set `k<i>` (see `countedSet`). */
  const fromCounts = (i: number, column?: TypedColumn) =>
    column
      ? `SELECT ${facetValue(column)} AS value, n FROM k${i} WHERE "${column.column}" IS NOT NULL`
      : `SELECT n FROM k${i}`
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
    const requests = facets[i] as FacetRequest[]
    if (requests.length) results[i].facets = {}
    const fromCounted = (request: FacetRequest) => countedBy[i] && countedColumn(request.column, counts)
    const grouped = requests.filter((request) => !fromCounted(request))
    // With facets to count over the documents, the count is one more group of the same pass.
    const countGrouped = options.count !== "none" && !countedBy[i] && grouped.length > 0
    if (options.count !== "none" && !countGrouped) {
      const name = `c${i}`
      parts.push(
        countedBy[i]
          ? `(SELECT coalesce(sum(n), 0)::int FROM (${fromCounts(i)}) t) AS "${name}"`
          : `(SELECT count(*)::int FROM ${sources[i]} ${where(i)}) AS "${name}"`,
      )
      readers.push((row) => {
        results[i].count = Number(row[name] ?? 0)
      })
    }
    const answer = (request: FacetRequest, values: { value: unknown; count: number }[]) => {
      results[i].facets![request.field] = {
        type: "value",
        values: values.map((entry) => ({ value: String(entry.value), count: Number(entry.count ?? 0) })),
      }
    }
    requests.filter(fromCounted).forEach((request, f) => {
      const name = `f${i}_${f}`
      const order = request.alpha ? "value ASC" : "count DESC, value ASC"
      params.push(request.limit)
      parts.push(
        `(SELECT coalesce(json_agg(json_build_object('value', v.value, 'count', v.count) ORDER BY ${order.replace(/value|count/g, (word) => `v.${word}`)}), '[]'::json)
          FROM (SELECT value, sum(n)::int AS count FROM (${fromCounts(i, request.column)}) t GROUP BY value HAVING sum(n) > 0 ORDER BY ${order} LIMIT ?) v) AS "${name}"`,
      )
      readers.push((row) => answer(request, row[name] ?? []))
    })
    if (grouped.length) {
      const name = `g${i}`
      parts.push(`(${groupedFacets(grouped, countGrouped, sources[i], where(i), params)}) AS "${name}"`)
      readers.push((row) => {
        for (const request of grouped) answer(request, [])
        for (const entry of (row[name] ?? []) as { f: number; value: unknown; count: number }[]) {
          if (entry.f < 0) results[i].count = Number(entry.count ?? 0)
          else
            results[i].facets![grouped[entry.f].field].values.push({
              value: String(entry.value),
              count: Number(entry.count ?? 0),
            })
        }
      })
    }
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
