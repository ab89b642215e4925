/**
 * A Search Module provider for Meilisearch (production search; `MEILISEARCH_HOST` and
 * `MEILISEARCH_API_KEY` select it, see backend/src/config/search.ts).
 *
 * NEEDS the `meilisearch` npm client (ESM, ≥ 0.56), which is NOT a dependency yet: it is loaded
 * with a dynamic import when the provider is constructed, so the plugin builds and runs without it
 * and only a configured Meilisearch fails, with a message saying what to install.
 *
 * Index settings come from the definition: searchable attributes ordered by weight, filterable
 * (filterable and facetable fields), sortable and displayed attributes, typo tolerance, distinct
 * attribute, then `settings.provider_options.meilisearch` as they are (synonyms, ranking rules,
 * pagination, faceting…) — the same key the community provider
 * (`@rokmohar/medusa-plugin-meilisearch/providers/meilisearch`) reads, so a definition works with both.
 * Date fields are also stored as epoch milliseconds (`<field>__ts`) for range filters and sorting.
 */
import { MedusaError, ModuleProvider, Modules } from "@medusajs/framework/utils"
import { compileFilters, DATE_SHADOW_SUFFIX, literal, primaryKeyIds, shadowField } from "./filters"

type Row = Record<string, any>
type Task = {
  id?: string
  index?: string
  status: "enqueued" | "processing" | "succeeded" | "failed"
  error?: { message: string; code?: string }
}

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** Merged under every index's settings (the definition's `provider_options.meilisearch` wins). */
  settings?: Row
  task_timeout_ms?: number
  task_polling_interval_ms?: number
  /** A client instance (tests); otherwise one is made from the `meilisearch` package. */
  client?: MeilisearchClient
}

/** The part of the `meilisearch` client this provider uses. */
export interface MeilisearchClient {
  index(uid: string): {
    uid: string
    updateSettings(settings: Row): Promise<any>
    addDocuments(documents: Row[], options?: Row): Promise<any>
    deleteDocuments(params: string[] | { filter: string }): Promise<any>
    deleteAllDocuments(): Promise<any>
  }
  createIndex(uid: string, options?: Row): Promise<any>
  deleteIndex(uid: string): Promise<any>
  getRawIndex(uid: string): Promise<Row>
  getRawIndexes(params?: Row): Promise<{ results: Row[] }>
  getStats(): Promise<{ indexes: Record<string, { numberOfDocuments: number }> }>
  multiSearch(params: { queries: Row[] }): Promise<{ results: Row[] }>
  tasks: { waitForTask(uid: number, options?: Row): Promise<Row>; getTask?(uid: number): Promise<Row> }
}

const importEsm = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<any>

async function createClient(options: MeilisearchProviderOptions): Promise<MeilisearchClient> {
  let mod: any
  try {
    mod = await importEsm("meilisearch")
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `MEILISEARCH_HOST is set but the "meilisearch" npm client is not installed (npm install meilisearch -w @ocop/plugin-search): ${(error as Error).message}`,
    )
  }
  const Client = mod.Meilisearch ?? mod.MeiliSearch ?? mod.default?.Meilisearch ?? mod.default?.MeiliSearch
  return new Client({ host: options.host, apiKey: options.apiKey })
}

type Planned = {
  name: string
  primaryKey: string
  settings: Row
  dates: Set<string>
  searchable: string[]
}

function flatten(fields: Record<string, Row>, prefix = ""): { path: string; field: Row }[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields
      ? [{ path, field }, ...flatten(field.fields, path)]
      : [{ path, field }]
  })
}

export function planIndex(index: Row, defaults: Row = {}): Planned {
  const all = flatten(index.fields ?? {})
  const primaryKey = index.primary_key ?? "id"
  const dates = new Set(all.filter(({ field }) => field.type === "date").map(({ path }) => path))
  const searchable = all
    .filter(({ field }) => field.searchable === true || typeof field.searchable === "object")
    .map(({ path, field }, order) => ({
      path,
      order,
      weight: typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1,
    }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ path }) => path)
  const filterable = new Set<string>([primaryKey])
  const sortable = new Set<string>()
  const displayed = new Set<string>([primaryKey])
  for (const { path, field } of all) {
    if (field.type === "object" || field.type === "vector") continue
    const target = dates.has(path) ? shadowField(path) : path
    if (field.filterable || field.facetable) filterable.add(target)
    if (field.sortable) sortable.add(target)
    if (field.retrievable !== false) displayed.add(path)
  }
  const settings = index.settings ?? {}
  const declared: Row = {
    searchableAttributes: searchable,
    filterableAttributes: [...filterable],
    sortableAttributes: [...sortable],
    displayedAttributes: [...displayed],
  }
  if (settings.distinct_attribute) declared.distinctAttribute = settings.distinct_attribute
  if (settings.typo_tolerance) {
    const t = settings.typo_tolerance
    declared.typoTolerance = {
      ...(t.enabled !== undefined ? { enabled: t.enabled } : {}),
      ...(t.min_word_size_for_one_typo || t.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(t.min_word_size_for_one_typo ? { oneTypo: t.min_word_size_for_one_typo } : {}),
              ...(t.min_word_size_for_two_typos ? { twoTypos: t.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      ...(t.disabled_on_attributes?.length ? { disableOnAttributes: t.disabled_on_attributes } : {}),
    }
  }
  const overrides: Row = settings.provider_options?.meilisearch ?? {}
  return {
    name: index.physical_name,
    primaryKey,
    settings: { ...defaults, ...declared, ...overrides },
    dates,
    searchable,
  }
}

export function encodeDocument(document: Row, dates: Set<string>): Row {
  const out: Row = { ...document }
  for (const path of dates) {
    if (path.includes(".")) continue
    const value = document[path]
    const ms =
      value instanceof Date
        ? value.getTime()
        : typeof value === "string"
          ? Date.parse(value)
          : typeof value === "number"
            ? value
            : NaN
    if (Number.isFinite(ms)) out[shadowField(path)] = ms
  }
  return out
}

function stripShadows(document: Row): Row {
  const out: Row = {}
  for (const [key, value] of Object.entries(document)) {
    if (!key.endsWith(DATE_SHADOW_SUFFIX) && key !== "_formatted" && key !== "_rankingScore") out[key] = value
  }
  return out
}

function toTask(enqueued: any, index?: string): Task {
  const uid = enqueued?.taskUid ?? enqueued?.uid
  return uid === undefined ? { index, status: "succeeded" } : { id: String(uid), index, status: "enqueued" }
}

export class MeilisearchSearchProviderService {
  static identifier = "meilisearch"

  get identifier() {
    return MeilisearchSearchProviderService.identifier
  }
  protected options_: MeilisearchProviderOptions
  protected client_: Promise<MeilisearchClient>
  protected plans_ = new Map<string, Planned>()

  constructor(_cradle: Record<string, unknown>, options: MeilisearchProviderOptions) {
    if (!options?.host && !options?.client) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch search provider needs the `host` option (MEILISEARCH_HOST)",
      )
    }
    this.options_ = options
    this.client_ = options.client ? Promise.resolve(options.client) : createClient(options)
    // An unhandled rejection here would crash the process before the first call reports it.
    this.client_.catch(() => undefined)
  }

  protected plan(index: Row): Planned {
    const plan = planIndex(index, this.options_.settings)
    this.plans_.set(plan.name, plan)
    return plan
  }

  async upsertIndex({ index }: { index: Row }): Promise<Task> {
    const client = await this.client_
    const plan = this.plan(index)
    let existing: Row | undefined
    try {
      existing = await client.getRawIndex(plan.name)
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
    if (existing && existing.primaryKey && existing.primaryKey !== plan.primaryKey) {
      await this.settle(toTask(await client.deleteIndex(plan.name)))
      existing = undefined
    }
    if (!existing) await this.settle(toTask(await client.createIndex(plan.name, { primaryKey: plan.primaryKey })))
    return toTask(await client.index(plan.name).updateSettings(plan.settings), plan.name)
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client_
    this.plans_.delete(index)
    return toTask(await client.deleteIndex(index), index)
  }

  async listIndexes() {
    const client = await this.client_
    const [stats, indexes] = await Promise.all([client.getStats(), client.getRawIndexes({ limit: 1000 })])
    return indexes.results.map((index) => ({
      name: index.uid,
      provider: this.identifier,
      document_count: stats.indexes?.[index.uid]?.numberOfDocuments ?? 0,
      created_at: index.createdAt ? new Date(index.createdAt) : undefined,
      updated_at: index.updatedAt ? new Date(index.updatedAt) : undefined,
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: Row
    documents: Row[]
  }): Promise<Task> {
    const client = await this.client_
    const plan = planIndex({ ...definition, physical_name: index }, this.options_.settings)
    return toTask(
      await client.index(index).addDocuments(
        documents.map((d) => encodeDocument(d, plan.dates)),
        { primaryKey: plan.primaryKey },
      ),
      index,
    )
  }

  async deleteDocuments({ index, filters }: { index: string; filters: Row }): Promise<Task> {
    const client = await this.client_
    const plan = this.plans_.get(index)
    const ids = primaryKeyIds(filters, plan?.primaryKey ?? "id")
    if (ids)
      return ids.length ? toTask(await client.index(index).deleteDocuments(ids), index) : { index, status: "succeeded" }
    const filter = compileFilters(filters, (path) => plan?.dates.has(path) ?? false)
    if (!filter)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Deleting from Meilisearch index "${index}" needs filters that select something`,
      )
    return toTask(await client.index(index).deleteDocuments({ filter }), index)
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client_
    return toTask(await client.index(index).deleteAllDocuments(), index)
  }

  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (task.id === undefined) return task
    const client = await this.client_
    const settled = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 120_000,
      interval: this.options_.task_polling_interval_ms ?? 100,
    })
    if (settled.status === "failed" && settled.error?.code === "index_not_found") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, settled.error.message)
    }
    return settled.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : {
          ...task,
          status: settled.status === "failed" || settled.status === "canceled" ? "failed" : settled.status,
          error: settled.error ? { message: settled.error.message, code: settled.error.code } : undefined,
        }
  }

  protected async settle(task: Task) {
    if (task.status === "succeeded") return
    const done = await this.waitForTask(task)
    if (done.status === "failed")
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch task ${task.id} failed: ${done.error?.message}`,
      )
  }

  async search(input: Row) {
    const [result] = await this.searchMany([input])
    return result
  }

  async searchMany(inputs: Row[]) {
    if (!inputs.length) return []
    const client = await this.client_
    const plans = inputs.map((input) => buildSearch(input, planIndex(input.index, this.options_.settings)))
    let results: Row[]
    try {
      ;({ results } = await client.multiSearch({ queries: plans.flatMap((plan) => plan.queries) }))
    } catch (error) {
      if (isNotFound(error)) throw new MedusaError(MedusaError.Types.NOT_FOUND, (error as Error).message)
      if (isInvalidRequest(error)) throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
      throw error
    }
    let offset = 0
    return plans.map((plan) => {
      const slice = results.slice(offset, offset + plan.queries.length)
      offset += plan.queries.length
      return plan.assemble(slice)
    })
  }
}

function isNotFound(error: unknown) {
  const e = error as Row
  return (
    e?.cause?.code === "index_not_found" ||
    e?.code === "index_not_found" ||
    e?.response?.status === 404 ||
    e?.httpStatus === 404
  )
}

function isInvalidRequest(error: unknown) {
  const e = error as Row
  const code = String(e?.cause?.code ?? e?.code ?? "")
  return code.startsWith("invalid_") || e?.response?.status === 400 || e?.httpStatus === 400
}

/** One query of Medusa's → Meilisearch multi-search queries, and how to assemble their answers. */
export function buildSearch(input: Row, plan: Planned) {
  const options: Row = input.search_options ?? {}
  const pagination: Row = input.pagination ?? {}
  if (pagination.cursor !== undefined)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Meilisearch pages by offset: use pagination.skip/take, not a cursor",
    )
  if (options.vector)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This Meilisearch provider does not do vector search")
  const skip = pagination.skip ?? 0
  const take = pagination.take ?? 20
  const isDate = (path: string) => plan.dates.has(path)
  const filter = compileFilters(input.filters, isDate)
  const facets: Row[] = (options.facets ?? []).map((f: Row | string) =>
    typeof f === "string" ? { field: f, type: "value" } : { type: "value", ...f },
  )
  const base: Row = {
    indexUid: plan.name,
    q: input.q ?? "",
    offset: skip,
    limit: take,
    attributesToRetrieve: [...new Set([plan.primaryKey, ...(input.attributes_to_retrieve ?? ["*"])])],
  }
  if (filter) base.filter = filter
  const sort = Object.entries(pagination.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(
      ([field, dir]) =>
        `${isDate(field) ? shadowField(field) : field}:${String(dir).toLowerCase() === "asc" ? "asc" : "desc"}`,
    )
  if (sort.length) base.sort = sort
  const distribution = facets.filter((f) => f.type === "value" || f.type === "stats").map((f) => f.field)
  if (distribution.length) base.facets = [...new Set(distribution)]
  if (options.attributes_to_search_on) base.attributesToSearchOn = options.attributes_to_search_on
  if (options.match_strategy)
    base.matchingStrategy = options.match_strategy === "any" ? "frequency" : options.match_strategy
  if (options.distinct) base.distinct = options.distinct
  if (options.min_score !== undefined) base.rankingScoreThreshold = options.min_score
  if (options.include_score) base.showRankingScore = true
  if (options.locales?.length) base.locales = options.locales
  const highlight = options.highlight === true ? { fields: plan.searchable } : options.highlight
  if (highlight?.fields?.length && input.q) {
    base.attributesToHighlight = highlight.fields
    base.highlightPreTag = highlight.pre_tag ?? "<mark>"
    base.highlightPostTag = highlight.post_tag ?? "</mark>"
    if (highlight.snippet) {
      base.attributesToCrop = highlight.fields
      if (typeof highlight.snippet === "object") base.cropLength = highlight.snippet.length
    }
  }
  Object.assign(base, options.provider_options?.meilisearch ?? {})

  const queries: Row[] = [base]
  const rangeSlots: { field: string; key: string; from?: unknown; to?: unknown; slot: number }[] = []
  for (const facet of facets.filter((f) => f.type === "range")) {
    for (const range of facet.ranges ?? []) {
      const target = isDate(facet.field) ? shadowField(facet.field) : facet.field
      const bounds = [
        filter,
        range.from !== undefined ? `${target} >= ${literal(range.from, isDate(facet.field))}` : undefined,
        range.to !== undefined ? `${target} < ${literal(range.to, isDate(facet.field))}` : undefined,
      ].filter(Boolean)
      rangeSlots.push({
        field: facet.field,
        key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
        from: range.from,
        to: range.to,
        slot: queries.length,
      })
      queries.push({
        indexUid: plan.name,
        q: base.q,
        page: 1,
        hitsPerPage: 0,
        ...(bounds.length ? { filter: bounds.map((b) => `(${b})`).join(" AND ") } : {}),
      })
    }
  }

  const assemble = (results: Row[]) => {
    const primary = results[0] ?? {}
    const out: Row = {}
    for (const facet of facets) {
      if (facet.type === "value") {
        const entries = Object.entries((primary.facetDistribution ?? {})[facet.field] ?? {}).map(([value, count]) => ({
          value,
          count: Number(count),
        }))
        entries.sort((a, b) =>
          facet.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value),
        )
        const values = facet.limit ? entries.slice(0, facet.limit) : entries
        const other = entries.slice(values.length).reduce((sum, e) => sum + e.count, 0)
        out[facet.field] = { type: "value", values, ...(other ? { other_count: other } : {}) }
      } else if (facet.type === "stats") {
        const stats = (primary.facetStats ?? {})[facet.field] ?? {}
        out[facet.field] = {
          type: "stats",
          min: stats.min ?? 0,
          max: stats.max ?? 0,
          count: primary.estimatedTotalHits ?? primary.totalHits ?? 0,
        }
      } else if (facet.type === "range") {
        out[facet.field] = {
          type: "range",
          ranges: rangeSlots
            .filter((s) => s.field === facet.field)
            .map((s) => ({ key: s.key, from: s.from, to: s.to, count: results[s.slot]?.totalHits ?? 0 })),
        }
      }
    }
    const hits = (primary.hits ?? []).map((hit: Row) => {
      const highlights: Record<string, string[]> = {}
      if (highlight?.fields?.length && hit._formatted) {
        for (const field of highlight.fields) {
          const value = field
            .split(".")
            .reduce((acc: any, key: string) => (acc == null ? undefined : acc[key]), hit._formatted)
          const pre = highlight.pre_tag ?? "<mark>"
          const fragments = (Array.isArray(value) ? value : [value]).filter(
            (v) => typeof v === "string" && v.includes(pre),
          )
          if (fragments.length) highlights[field] = fragments
        }
      }
      return {
        id: String(hit[plan.primaryKey]),
        score: hit._rankingScore,
        document: stripShadows(hit),
        ...(Object.keys(highlights).length ? { highlights } : {}),
      }
    })
    return {
      hits,
      facets: facets.length ? out : undefined,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : (primary.estimatedTotalHits ?? primary.totalHits ?? null),
        query: input.q,
        processing_time_ms: primary.processingTimeMs,
      },
    }
  }
  return { queries, assemble }
}

export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProviderService as any] })
