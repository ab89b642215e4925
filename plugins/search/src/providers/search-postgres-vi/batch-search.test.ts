import { describe, expect, it } from "vitest"
import { buildBatchStatement, compileFilters } from "./batch-search"
import { typedColumns, typedColumnsDdl } from "./typed-columns"

const field = (path: string, kind: string, flags: Record<string, unknown>, isArray = false) =>
  [path, { path, kind, is_array: isArray, field: flags }] as const
const plan = {
  fields: new Map([
    field("id", "keyword", { filterable: true, sortable: true }),
    field("title", "text", { searchable: true }),
    field("stars", "number", { filterable: true, sortable: true, facetable: true }),
    field("province", "keyword", { filterable: true, facetable: true }),
    field("status", "keyword", { filterable: true }),
    field("in_stock", "boolean", { filterable: true }),
    field("tags", "keyword", { filterable: true }, true),
  ]),
}
const columns = typedColumns(plan)
const index = { physical_name: "products_v1", settings: {} }
const keyword = {
  q: "mat ong",
  matchSql: (params: unknown[]) => (params.push("mat & ong"), `"search_vector" @@ to_tsquery(?)`),
  rankSql: (params: unknown[]) => (params.push("mat | ong"), `ts_rank("search_vector", to_tsquery(?))`),
}
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("typed columns", () => {
  it("copies scalar filter, sort and facet fields, indexing the filterable non-boolean ones", () => {
    expect([...columns.keys()]).toEqual(["id", "stars", "province", "status", "in_stock"])
    const ddl = typedColumnsDdl("t", columns.values(), new Set(["f_id"]))
    expect(ddl[0]).toContain(
      `ADD COLUMN IF NOT EXISTS "f_stars" float8 GENERATED ALWAYS AS (("indexed" #>> '{stars}')::float8) STORED`,
    )
    expect(ddl[0]).not.toContain(`"f_id"`)
    expect(ddl.filter((statement) => statement.startsWith("CREATE INDEX"))).toHaveLength(4)
  })
})

describe("filters on typed columns", () => {
  it("keeps Medusa's meaning: a missing field is not equal to anything, null means absent", () => {
    const [ne] = compileFilters({ province: { $ne: "Huế" } }, columns)!
    expect(ne.sql).toBe(`NOT COALESCE("f_province" = ?, FALSE)`)
    const [absent] = compileFilters({ province: null }, columns)!
    expect(absent.sql).toBe(`"f_province" IS NULL`)
    const [dated] = compileFilters({ stars: { $gt: new Date(5) } }, columns)!
    expect(dated.params).toEqual([5])
    expect(compileFilters({ stars: [] }, columns)![0].sql).toBe("FALSE")
  })

  it("leaves to Medusa's code what it does not compile", () => {
    expect(compileFilters({ $or: [{ stars: 4 }] }, columns)).toBeNull()
    expect(compileFilters({ tags: "a" }, columns)).toBeNull()
    expect(compileFilters({ unknown: 1 }, columns)).toBeNull()
    expect(compileFilters({ province: { $like: "H%" } }, columns)).toBeNull()
  })
})

describe("one statement per batch", () => {
  const facets = [
    { field: "stars", type: "value" },
    { field: "province", type: "value", limit: 50 },
  ]
  const base = { status: "published", stars: [4], province: "Huế" }

  it("answers a search and its disjunctive facet searches together, placeholders in order", () => {
    const batch = [
      { input: { index, filters: base, pagination: { skip: 0, take: 20 }, search_options: { facets } }, keyword },
      {
        input: {
          index,
          filters: { status: "published", province: "Huế" },
          pagination: { take: 0 },
          search_options: { facets: [facets[0]], count: "none" },
        },
        keyword,
      },
    ]
    const statement = buildBatchStatement("t", columns, batch)!
    expect(placeholders(statement.sql)).toBe(statement.params.length)
    // The text and the filter every search shares are matched once, in the shared set.
    expect(statement.sql.startsWith(`WITH s AS MATERIALIZED`)).toBe(true)
    expect(statement.sql.match(/to_tsquery/g)).toHaveLength(2)
    expect(statement.sql.match(/GROUPING SETS/g)).toHaveLength(2)
    expect(statement.sql).toContain(`GROUPING SETS (("f_stars"), ("f_province"), ())`)
    const results = statement.read({
      h0: [{ id: "p1", score: 0.5, document: { id: "p1" } }],
      // One pass counts each search's facets, and its count with them (f: -1).
      g0: [
        { f: -1, value: null, count: 1 },
        { f: 0, value: "4", count: 1 },
        { f: 1, value: "Huế", count: 1 },
      ],
      g1: [
        { f: 0, value: "3", count: 2 },
        { f: 0, value: "4", count: 1 },
      ],
    })
    expect(results[0].count).toBe(1)
    expect(results[0].facets!.stars.values).toEqual([{ value: "4", count: 1 }])
    expect(results[1].count).toBeNull()
    expect(results[1].hitRows).toEqual([])
    expect(results[1].facets!.stars.values).toEqual([
      { value: "3", count: 2 },
      { value: "4", count: 1 },
    ])
  })

  it("copies into the text's set only the columns its filters, orders and facets read", () => {
    const statement = buildBatchStatement("t", columns, [
      {
        input: {
          index,
          filters: { status: "published", province: "Huế" },
          pagination: { take: 20, order: { stars: "DESC" } },
          search_options: { facets: [{ field: "province", type: "value" }] },
        },
        keyword,
      },
      {
        input: { index, filters: { status: "published" }, pagination: { take: 0 }, search_options: { facets } },
        keyword,
      },
    ])!
    const set = statement.sql.slice(0, statement.sql.indexOf(" FROM "))
    // province: the second search's facet and the first's own filter; stars: order and facet.
    expect(set).toBe(
      `WITH s AS MATERIALIZED (SELECT "id", ts_rank("search_vector", to_tsquery(?)) AS score, "f_province", "f_stars"`,
    )
    expect(placeholders(statement.sql)).toBe(statement.params.length)
  })

  it("reads the table through the typed columns without text, sorted as asked", () => {
    const statement = buildBatchStatement("t", columns, [
      {
        input: {
          index,
          filters: base,
          pagination: { take: 20, order: { stars: "DESC", id: "ASC" } },
          search_options: {},
        },
        keyword: null,
      },
    ])!
    expect(placeholders(statement.sql)).toBe(statement.params.length)
    expect(statement.sql).toContain(`ORDER BY s."f_stars" DESC NULLS LAST, s."f_id" ASC NULLS LAST`)
    // The rows are read with the columns the order needs; the hits' documents are joined by id.
    expect(statement.sql).toContain(`s0 AS MATERIALIZED (SELECT "id", "f_stars", "f_id" FROM "t" WHERE`)
  })

  it("declines what only Medusa's statements serve", () => {
    const input = (options: Record<string, unknown>, extra: Record<string, unknown> = {}) => [
      { input: { index, filters: base, pagination: { take: 20 }, search_options: options, ...extra }, keyword: null },
    ]
    expect(buildBatchStatement("t", columns, input({ distinct: "province" }))).toBeNull()
    expect(buildBatchStatement("t", columns, input({ facets: [{ field: "stars", type: "stats" }] }))).toBeNull()
    expect(
      buildBatchStatement("t", columns, input({}, { pagination: { take: 20, order: { title: "ASC" } } })),
    ).toBeNull()
  })
})

describe("maintained counts", () => {
  const counts = { table: "t_counts", columns: ["stars", "province", "status"].map((path) => columns.get(path)!) }
  const facets = [
    { field: "stars", type: "value" },
    { field: "province", type: "value", limit: 50 },
  ]
  const valid = { status: "published", stars: [4], province: "Huế", id: { $gt: "p" } }

  it("reads a search's count and counted facets from them, less the rows a range filter leaves out", () => {
    const statement = buildBatchStatement(
      "t",
      columns,
      [
        {
          input: { index, filters: valid, pagination: { take: 0 }, search_options: { facets } },
          keyword: null,
        },
      ],
      counts,
    )!
    expect(placeholders(statement.sql)).toBe(statement.params.length)
    // No pass over the documents but the few the range comparison leaves out.
    expect(statement.sql).toContain(`FROM "t_counts" WHERE`)
    expect(statement.sql).toContain(`("f_id" <= ? OR "f_id" IS NULL)`)
    expect(statement.sql).not.toContain("s0")
    const results = statement.read({ c0: 3, f0_0: [{ value: "4", count: 3 }], f0_1: [{ value: "Huế", count: 3 }] })
    expect(results[0].count).toBe(3)
    expect(results[0].facets!.province.values).toEqual([{ value: "Huế", count: 3 }])
  })

  it("still reads the documents for hits, for facets it does not count, and for filters it cannot subtract", () => {
    const input = (filters: Record<string, unknown>, take = 20) => [
      { input: { index, filters, pagination: { take }, search_options: { facets } }, keyword: null },
    ]
    const hits = buildBatchStatement("t", columns, input(valid), counts)!
    expect(hits.sql).toContain(`s0 AS MATERIALIZED`)
    expect(hits.sql).toContain(`k0 AS MATERIALIZED`)
    expect(placeholders(hits.sql)).toBe(hits.params.length)
    // `in_stock` is not counted: the count and facets come from the documents.
    const other = buildBatchStatement("t", columns, input({ ...valid, in_stock: true }, 0), counts)!
    expect(other.sql).not.toContain("t_counts")
    // Any filter on counted columns is read from the counts; two bounds on another column are not
    // one complement.
    expect(buildBatchStatement("t", columns, input({ stars: { $gte: 3, $lte: 5 } }, 0), counts)!.sql).toContain(
      "t_counts",
    )
    const range = buildBatchStatement("t", columns, input({ stars: 4, id: { $gt: "a", $lt: "z" } }, 0), counts)!
    expect(range.sql).not.toContain("t_counts")
  })
})
