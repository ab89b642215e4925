import { describe, expect, it } from "vitest"
import { compileFilters, primaryKeyIds } from "./filters"
import { buildSearch, encodeDocument, MeilisearchSearchProviderService, planIndex } from "./index"

/**
 * The Meilisearch provider without a server (none can run on these machines): filters, settings
 * and the multi-search round trip against a recording fake of the client. The behaviour suite
 * against a real server is plugins/search/integration-tests/http/search-meilisearch.spec.ts.
 */
const index = {
  name: "ocop_product",
  physical_name: "ocop_product_v1",
  primary_key: "id",
  fields: {
    id: { type: "keyword", filterable: true, sortable: true },
    title: { type: "text", searchable: { weight: 3 } },
    title_en: { type: "text", searchable: { weight: 2 } },
    producer: { type: "keyword", searchable: { weight: 1.5 }, filterable: true, facetable: true },
    stars: { type: "integer", filterable: true, sortable: true, facetable: { types: ["value"] } },
    price: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    certificate_expires_at: { type: "date", filterable: true },
    secret: { type: "keyword", retrievable: false },
  },
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      meilisearch: { synonyms: { honey: ["mật ong"] }, rankingRules: ["words", "typo", "sort", "stars:desc"] },
    },
  },
}

describe("Meilisearch filters", () => {
  it("compiles the filter tree with quoted, escaped literals", () => {
    expect(compileFilters({ stars: [4, 5], producer: 'a "b" \\ c', status: "published" })).toBe(
      'stars IN [4, 5] AND producer = "a \\"b\\" \\\\ c" AND status = "published"',
    )
    expect(
      compileFilters({ $or: [{ stars: { $gte: 4 } }, { price: { $lt: 100000 } }], $not: { producer: null } }),
    ).toBe("((stars >= 4) OR (price < 100000)) AND NOT ((producer IS NULL OR producer NOT EXISTS))")
    const at = new Date("2026-01-01T00:00:00Z")
    expect(compileFilters({ certificate_expires_at: { $gt: at } }, (p) => p === "certificate_expires_at")).toBe(
      `certificate_expires_at__ts > ${at.getTime()}`,
    )
    expect(() => compileFilters({ "stars OR 1": 1 })).toThrow(/Invalid filter field/)
    expect(() => compileFilters({ title: { $like: "%x" } })).toThrow(/does not support operator/)
    expect(primaryKeyIds({ id: ["a", "b"] }, "id")).toEqual(["a", "b"])
    expect(primaryKeyIds({ id: ["a"], stars: 3 }, "id")).toBeNull()
  })
})

describe("Meilisearch index settings", () => {
  it("orders searchable attributes by weight and merges the definition's provider options", () => {
    const plan = planIndex(index)
    expect(plan.settings.searchableAttributes).toEqual(["title", "title_en", "producer"])
    expect(plan.settings.filterableAttributes).toEqual([
      "id",
      "producer",
      "stars",
      "price",
      "certificate_expires_at__ts",
    ])
    expect(plan.settings.sortableAttributes).toEqual(["id", "stars", "price"])
    expect(plan.settings.displayedAttributes).not.toContain("secret")
    expect(plan.settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(plan.settings.synonyms).toEqual({ honey: ["mật ong"] })
    expect(plan.settings.rankingRules).toContain("stars:desc")
    expect(encodeDocument({ id: "p", certificate_expires_at: "2026-01-01T00:00:00.000Z" }, plan.dates)).toEqual({
      id: "p",
      certificate_expires_at: "2026-01-01T00:00:00.000Z",
      certificate_expires_at__ts: Date.parse("2026-01-01T00:00:00.000Z"),
    })
  })
})

function fakeClient() {
  const calls: any[] = []
  let task = 0
  const enqueue = (name: string, args: unknown) => {
    calls.push([name, args])
    return Promise.resolve({ taskUid: ++task })
  }
  const client: any = {
    calls,
    index: (uid: string) => ({
      uid,
      updateSettings: (s: unknown) => enqueue(`${uid}.updateSettings`, s),
      addDocuments: (d: unknown, o: unknown) => enqueue(`${uid}.addDocuments`, [d, o]),
      deleteDocuments: (p: unknown) => enqueue(`${uid}.deleteDocuments`, p),
      deleteAllDocuments: () => enqueue(`${uid}.deleteAllDocuments`, null),
    }),
    createIndex: (uid: string, o: unknown) => enqueue("createIndex", [uid, o]),
    deleteIndex: (uid: string) => enqueue("deleteIndex", uid),
    getRawIndex: async (uid: string) => {
      calls.push(["getRawIndex", uid])
      throw Object.assign(new Error("Index not found"), { cause: { code: "index_not_found" } })
    },
    getRawIndexes: async () => ({
      results: [{ uid: "ocop_product_v1", createdAt: "2026-01-01", updatedAt: "2026-01-02" }],
    }),
    getStats: async () => ({ indexes: { ocop_product_v1: { numberOfDocuments: 42 } } }),
    multiSearch: async ({ queries }: { queries: any[] }) => {
      calls.push(["multiSearch", queries])
      return {
        results: queries.map((q, i) =>
          i === 0
            ? {
                hits: [
                  {
                    id: "p1",
                    title: "Mật ong rừng",
                    stars: 4,
                    certificate_expires_at__ts: 1,
                    _formatted: { title: "<mark>Mật ong</mark> rừng" },
                  },
                ],
                estimatedTotalHits: 7,
                facetDistribution: { stars: { "4": 5, "3": 2 }, producer: { A: 7 } },
                facetStats: { price: { min: 100, max: 900 } },
                processingTimeMs: 3,
              }
            : { hits: [], totalHits: 3 },
        ),
      }
    },
    tasks: { waitForTask: async (uid: number) => ({ uid, status: "succeeded" }) },
  }
  return client
}

describe("Meilisearch provider (fake client)", () => {
  it("creates the index with its primary key, then applies the settings", async () => {
    const client = fakeClient()
    const provider = new MeilisearchSearchProviderService({}, { host: "http://meili.test", client })
    const task = await provider.upsertIndex({ index })
    expect(task).toEqual({ id: "2", index: "ocop_product_v1", status: "enqueued" })
    expect(client.calls.map((c: any[]) => c[0])).toEqual([
      "getRawIndex",
      "createIndex",
      "ocop_product_v1.updateSettings",
    ])
    expect(await provider.waitForTask(task)).toMatchObject({ status: "succeeded" })
    expect(await provider.listIndexes()).toEqual([
      expect.objectContaining({ name: "ocop_product_v1", provider: "meilisearch", document_count: 42 }),
    ])
    await provider.deleteDocuments({ index: "ocop_product_v1", filters: { id: ["p1"] } })
    await provider.deleteDocuments({ index: "ocop_product_v1", filters: { stars: 3 } })
    expect(client.calls.slice(-2)).toEqual([
      ["ocop_product_v1.deleteDocuments", ["p1"]],
      ["ocop_product_v1.deleteDocuments", { filter: "stars = 3" }],
    ])
  })

  it("searches with filters, sort, facets and highlights in one multi-search", async () => {
    const client = fakeClient()
    const provider = new MeilisearchSearchProviderService({}, { host: "http://meili.test", client })
    const result = await provider.search({
      index,
      q: "mat ong",
      filters: { stars: [4], certificate_expires_at: { $gt: new Date(0) } },
      attributes_to_retrieve: ["id", "title", "stars"],
      pagination: { skip: 20, take: 10, order: { price: "ASC", id: "ASC" } },
      search_options: {
        match_strategy: "all",
        facets: [
          { field: "stars", type: "value" },
          "producer",
          { field: "price", type: "range", ranges: [{ from: 0, to: 200000 }] },
        ],
        highlight: { fields: ["title"] },
      },
    })
    const [, queries] = client.calls.find((c: any[]) => c[0] === "multiSearch")
    expect(queries[0]).toMatchObject({
      indexUid: "ocop_product_v1",
      q: "mat ong",
      offset: 20,
      limit: 10,
      filter: "stars IN [4] AND certificate_expires_at__ts > 0",
      sort: ["price:asc", "id:asc"],
      facets: ["stars", "producer"],
      matchingStrategy: "all",
      attributesToHighlight: ["title"],
    })
    expect(queries[1]).toMatchObject({
      hitsPerPage: 0,
      filter: "(stars IN [4] AND certificate_expires_at__ts > 0) AND (price >= 0) AND (price < 200000)",
    })
    expect(result.hits).toEqual([
      {
        id: "p1",
        score: undefined,
        document: { id: "p1", title: "Mật ong rừng", stars: 4 },
        highlights: { title: ["<mark>Mật ong</mark> rừng"] },
      },
    ])
    expect(result.facets).toEqual({
      stars: {
        type: "value",
        values: [
          { value: "4", count: 5 },
          { value: "3", count: 2 },
        ],
      },
      producer: { type: "value", values: [{ value: "A", count: 7 }] },
      price: { type: "range", ranges: [{ key: "0-200000", from: 0, to: 200000, count: 3 }] },
    })
    expect(result.metadata).toMatchObject({ skip: 20, take: 10, count: 7 })
    expect(() => buildSearch({ index, pagination: { cursor: "x" } }, planIndex(index))).toThrow(/offset/)
  })

  it("says what to install when the meilisearch client is missing", async () => {
    const provider = new MeilisearchSearchProviderService({}, { host: "http://127.0.0.1:1" })
    await expect(provider.listIndexes()).rejects.toThrow(/npm install meilisearch|ECONNREFUSED|fetch failed/)
  })
})
