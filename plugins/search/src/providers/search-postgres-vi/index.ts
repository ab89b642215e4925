/**
 * Medusa's PostgreSQL search provider (`@medusajs/search-postgres`, the embedded default), made to
 * work for Vietnamese. A subclass: storage, filters, facets, counts and pagination are Medusa's
 * code, unchanged. What it changes, and why:
 *
 * - Text search configuration `medusa_search_vietnamese` (simple + unaccent, created by this
 *   provider's migration and again on `upsertIndex`) instead of `medusa_search_english`: English
 *   stop words and stemming drop Vietnamese syllables ("mè", "an", "đỏ"→"do"), and `unaccent`
 *   folds "đ" to "d", so "mat ong" matches "Mật ong" and "duong lam" matches "Đường Lâm".
 * - Typo tolerance on by default (Medusa's provider matches typos only when a query asks for
 *   `search_options.typo_tolerance`; Meilisearch configures it on the index, so a portable caller
 *   sends nothing) — governed by the index's `settings.typo_tolerance` (enabled, minimum word
 *   sizes for one and two typos).
 * - Typos by vocabulary, like Meilisearch: each index table gets a word list (`<table>_words`,
 *   the lexemes of its documents, trigram-indexed, filled on every write). A query word that is
 *   not in it is replaced by the words within its typo budget (Damerau–Levenshtein 1 from 4
 *   letters, 2 from 8: "mamm" → "mam"), and every query word must match, through the full-text
 *   index. Medusa's own typo path compares the whole query with `word_similarity(q, text) > 0.3`
 *   on every row: no index (1 s per search at 2,000 products on these machines), and one matching
 *   word carries a two-word query ("mat ong" matched "Mường Ảng" coffee).
 * - Ranking: full-text rank over the words matched, the title weighing most (`ts_rank`: cover
 *   density, `ts_rank_cd`, costs twice as much for each match).
 * - Highlights: Medusa's provider rejects `search_options.highlight`; this one answers it from
 *   the hits' text with the same diacritics-insensitive, typo-tolerant matching
 *   (src/lib/text.ts), so `hits[].highlights` has one shape on every provider.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import postgresProviders from "@medusajs/medusa/search-postgres"
import { editDistance, highlight, queryTerms } from "../../lib/text"
import { fold } from "@ocop/reference"
import { textSearchConfigSql } from "./text-search-config"
import { buildBatchStatement, type BatchInput } from "./batch-search"
import { typedColumns, typedColumnsDdl, type Plan, type TypedColumn } from "./typed-columns"
import { countedColumns, countsFunction, countsSignature, countsTable, facetCountsDdl } from "./facet-counts"
import { projectDocument } from "@medusajs/framework/utils"

type Row = Record<string, any>
type ProviderClass = new (cradle: Record<string, unknown>, options: Record<string, any>) => any

const StockPostgresSearchService = (postgresProviders as unknown as { services: ProviderClass[] }).services.find(
  (service) => (service as unknown as { identifier?: string }).identifier === "search-postgres",
)
if (!StockPostgresSearchService)
  throw new Error("@medusajs/search-postgres no longer exports its `search-postgres` provider service")

export type VietnamesePostgresSearchOptions = {
  /** Text search configuration suffix: `medusa_search_<language>`. Default "vietnamese". */
  language?: string
  engine?: "native"
  /**
   * Few-valued fields (stars, statuses, provinces…) whose document counts per combination are
   * kept by a trigger in every index that filters on them (facet-counts.ts).
   */
  counted_fields?: string[]
  /**
   * "medusa": serve every search with Medusa's own provider statements over the same index
   * tables (no Vietnamese term plans, no batch statement): the benchmark's baseline. Writes are
   * the same either way. Default "ocop".
   */
  statements?: "ocop" | "medusa"
}

export const VIETNAMESE_SEARCH_PROVIDER_ID = "ocop-search-postgres"

/** Terms beyond this are ignored (a long paste is not a better query, and each term is a predicate). */
const MAX_TERMS = 8
/** Corrections kept per misspelt term. */
const MAX_CORRECTIONS = 5
/** Where search() leaves the analysed terms for keywordFragments (called deep inside Medusa's search). */
const TERMS = Symbol("ocop.searchTerms")
const WORD = /^[\p{L}\p{N}]+$/u

type TermPlan = { term: string; words: string[] }
/** How long a search trusts its cached catalog row (table and plan) before reading it again. */
const CATALOG_TTL_MS = 5_000

export class VietnamesePostgresSearchService extends StockPostgresSearchService {
  static identifier = VIETNAMESE_SEARCH_PROVIDER_ID

  protected configEnsured_ = false
  protected catalogs_ = new Map<
    string,
    {
      at: number
      catalog: Row | null
      columns: Map<string, TypedColumn>
      counts?: { table: string; columns: TypedColumn[] }
    }
  >()

  protected countedFields_: string[]
  protected medusaStatements_: boolean

  constructor(cradle: Record<string, unknown>, options: VietnamesePostgresSearchOptions = {}) {
    const { counted_fields, statements, ...rest } = options
    super(cradle, { ...rest, language: options.language ?? "vietnamese", engine: "native" })
    this.countedFields_ = counted_fields ?? []
    this.medusaStatements_ = statements === "medusa"
  }

  /** The text search configuration must exist before the first document is written. */
  protected async ensureTextSearchConfig_() {
    if (this.configEnsured_) return
    await this.manager_.execute(textSearchConfigSql(this.language_))
    this.configEnsured_ = true
  }

  protected wordsTable_(table: string) {
    return `${table}_words`
  }

  async upsertIndex(input: { index: Row }) {
    await this.ensureTextSearchConfig_()
    const task = await super.upsertIndex(input)
    const catalog = await this.getCatalog(input.index.physical_name)
    if (catalog) {
      const words = this.wordsTable_(catalog.table_name)
      await this.manager_.execute(`CREATE TABLE IF NOT EXISTS "${words}" ("word" text NOT NULL PRIMARY KEY)`)
      await this.manager_.execute(
        `CREATE INDEX IF NOT EXISTS "${words}_trgm_idx" ON "${words}" USING GIN ("word" gin_trgm_ops)`,
      )
      // A table rebuilt for a new schema starts empty; one kept keeps its words (backfilled here).
      await this.manager_.execute(
        `INSERT INTO "${words}" ("word") SELECT DISTINCT w FROM "${catalog.table_name}", unnest(tsvector_to_array("search_vector")) AS w ON CONFLICT DO NOTHING`,
      )
      await this.addTypedColumns_(catalog)
      await this.addFacetCounts_(catalog)
    }
    this.catalogs_.delete(input.index.physical_name)
    return task
  }

  async upsertDocuments(input: Row) {
    await this.ensureTextSearchConfig_()
    const task = await super.upsertDocuments(input)
    const documents: Row[] = input.documents ?? []
    if (documents.length) {
      const catalog = await this.getCatalog(input.index)
      const key = input.definition?.primary_key ?? "id"
      const ids = documents.map((document) => String(document[key]))
      if (catalog) {
        for (let start = 0; start < ids.length; start += 500) {
          const chunk = ids.slice(start, start + 500)
          await this.manager_.execute(
            `INSERT INTO "${this.wordsTable_(catalog.table_name)}" ("word")
             SELECT DISTINCT w FROM "${catalog.table_name}", unnest(tsvector_to_array("search_vector")) AS w
             WHERE "id" IN (${chunk.map(() => "?").join(", ")})
             ORDER BY w
             ON CONFLICT DO NOTHING`,
            chunk,
          )
        }
      }
    }
    return task
  }

  async deleteIndex(input: { index: string }) {
    this.catalogs_.delete(input.index)
    const catalog = await this.getCatalog(input.index)
    const task = await super.deleteIndex(input)
    if (catalog) {
      await this.manager_.execute(`DROP TABLE IF EXISTS "${this.wordsTable_(catalog.table_name)}"`)
      await this.manager_.execute(`DROP TABLE IF EXISTS "${countsTable(catalog.table_name)}"`)
      await this.manager_.execute(`DROP FUNCTION IF EXISTS "${countsFunction(catalog.table_name)}"()`)
    }
    return task
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    const catalog = await this.getCatalog(input.index)
    if (catalog) await this.manager_.execute(`TRUNCATE TABLE "${this.wordsTable_(catalog.table_name)}"`)
    return task
  }

  /**
   * The catalog row (table, plan) of an index and its typed columns, cached briefly: every search
   * needs it, and it changes only when an index is created or rebuilt under a new name. An index
   * table made before the typed columns existed gets them in the background (one table rewrite);
   * until then its searches run Medusa's statements.
   */
  protected async searchCatalog_(physicalName: string) {
    const cached = this.catalogs_.get(physicalName)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached
    const catalog = await this.getCatalog(physicalName)
    let columns = new Map<string, TypedColumn>()
    let counts: { table: string; columns: TypedColumn[] } | undefined
    if (catalog) {
      const wanted = typedColumns(catalog.plan as Plan)
      const existing = await this.tableColumns_(catalog.table_name)
      if ([...wanted.values()].every((column) => existing.has(column.column))) columns = wanted
      else void this.addTypedColumns_(catalog)
      const counted = countedColumns(columns, this.countedFields_)
      if (counted.length) {
        const table = countsTable(catalog.table_name)
        const [made] = await this.manager_.execute(`SELECT obj_description(to_regclass(?), 'pg_class') AS signature`, [
          `"${table}"`,
        ])
        if (made?.signature === countsSignature(counted)) counts = { table, columns: counted }
        else void this.addFacetCounts_(catalog)
      }
    }
    const entry = { at: Date.now(), catalog, columns, counts }
    this.catalogs_.set(physicalName, entry)
    return entry
  }

  protected async tableColumns_(table: string) {
    const rows: Row[] = await this.manager_.execute(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?`,
      [table],
    )
    return new Set(rows.map((row) => String(row.column_name)))
  }

  protected addingColumns_ = new Map<string, Promise<void>>()

  /** Adds the typed columns and their indexes (typed-columns.ts) to an index table; once at a time. */
  protected addTypedColumns_(catalog: Row): Promise<void> {
    const table: string = catalog.table_name
    const running = this.addingColumns_.get(table)
    if (running) return running
    const work = (async () => {
      const ddl = typedColumnsDdl(
        table,
        typedColumns(catalog.plan as Plan).values(),
        await this.tableColumns_(table),
        catalog.plan.primary_key,
      )
      for (const statement of ddl) await this.manager_.execute(statement)
      // New columns have no statistics: without them the planner takes "status = published" for
      // a narrow filter and scans by it instead of the text index.
      if (ddl.length) await this.manager_.execute(`ANALYZE "${table}"`)
    })()
      .catch((error) => this.logger_?.warn?.(`ocop search: could not add typed columns to ${table}: ${error.message}`))
      .finally(() => {
        this.addingColumns_.delete(table)
        this.catalogs_.clear()
      })
    this.addingColumns_.set(table, work)
    return work
  }

  protected addingCounts_ = new Map<string, Promise<void>>()

  /** The maintained facet counts (facet-counts.ts) of an index table, when it has counted fields. */
  protected addFacetCounts_(catalog: Row): Promise<void> {
    const table: string = catalog.table_name
    const running = this.addingCounts_.get(table)
    if (running) return running
    const work = (async () => {
      const existing = await this.tableColumns_(table)
      const columns = typedColumns(catalog.plan as Plan)
      if (![...columns.values()].every((column) => existing.has(column.column))) return
      const counted = countedColumns(columns, this.countedFields_)
      if (counted.length) await this.manager_.execute(facetCountsDdl(table, counted))
    })()
      .catch((error) => this.logger_?.warn?.(`ocop search: could not add facet counts to ${table}: ${error.message}`))
      .finally(() => {
        this.addingCounts_.delete(table)
        this.catalogs_.clear()
      })
    this.addingCounts_.set(table, work)
    return work
  }

  async search(input: Row) {
    if (this.medusaStatements_) return super.search(input)
    const [result] = await this.searchMany([input])
    return result
  }

  /**
   * A batch (a search and the per-facet searches Medusa adds for disjunctive facets) in one
   * statement when the batch allows it (batch-search.ts), else each through Medusa's code.
   */
  async searchMany(inputs: Row[]) {
    if (this.medusaStatements_) return super.searchMany(inputs)
    // The searches of a batch share their text: its terms are planned once.
    const plans = new Map<string, Promise<TermPlan[]>>()
    const prepared = await Promise.all(inputs.map((input) => this.prepare_(input, plans)))
    const results = (await this.searchBatch_(prepared)) ?? (await Promise.all(prepared.map((p) => super.search(p))))
    return results.map((result: Row, i: number) => this.withHighlights_(inputs[i], result))
  }

  /** The input as the search runs it: folded text, its analysed terms, typo tolerance on by default. */
  protected async prepare_(input: Row, plans: Map<string, Promise<TermPlan[]>>): Promise<Row> {
    const options: Row = { ...(input.search_options ?? {}) }
    delete options.highlight
    const settings: Row = input.index?.settings?.typo_tolerance ?? {}
    if (options.typo_tolerance === undefined) options.typo_tolerance = settings.enabled ?? true
    const q = typeof input.q === "string" && input.q.trim() ? fold(input.q).replace(/\s+/g, " ").trim() : undefined
    const typo = options.typo_tolerance ? settings : null
    const key = JSON.stringify([input.index.physical_name, q, typo])
    if (q && !plans.has(key)) plans.set(key, this.planTerms_(input.index.physical_name, q, typo))
    const terms = q ? await plans.get(key) : undefined
    return { ...input, q, search_options: options, [TERMS]: terms }
  }

  protected async searchBatch_(prepared: Row[]): Promise<Row[] | null> {
    const physicalName = prepared[0]?.index?.physical_name
    if (!physicalName || prepared.some((input) => input.index?.physical_name !== physicalName)) return null
    const { catalog, columns, counts } = await this.searchCatalog_(physicalName)
    if (!catalog || !columns.size) return null
    const batch: BatchInput[] = prepared.map((input) => ({
      input,
      keyword: input.q ? this.keywordFragments({ query: input, catalog }) : null,
    }))
    const statement = buildBatchStatement(catalog.table_name, columns, batch, counts)
    if (!statement) return null
    const started = Date.now()
    const [row] = await this.manager_.execute(statement.sql, statement.params)
    const parts = statement.read(row ?? {})
    return prepared.map((input, i) => {
      const options: Row = input.search_options ?? {}
      return {
        hits: parts[i].hitRows.map((hit) => ({
          id: hit.id,
          score: options.include_score ? Number(hit.score) : undefined,
          document: projectDocument(
            typeof hit.document === "string" ? JSON.parse(hit.document) : hit.document,
            input.attributes_to_retrieve,
          ),
        })),
        facets: parts[i].facets,
        metadata: {
          skip: input.pagination?.skip ?? 0,
          take: input.pagination?.take ?? 20,
          count: options.count === "none" ? null : parts[i].count,
          query: input.q,
          processing_time_ms: Date.now() - started,
        },
      }
    })
  }

  /** Highlights (Medusa's provider rejects them) from the hits' text, and the query as it was typed. */
  protected withHighlights_(input: Row, result: Row) {
    const requested = input.search_options?.highlight
    const q = typeof input.q === "string" && input.q.trim() ? input.q : undefined
    if (requested && q) {
      const fields: string[] =
        requested === true ? searchableRetrievable(input.index?.fields ?? {}) : (requested.fields ?? [])
      const tags = { pre: requested.pre_tag ?? "<mark>", post: requested.post_tag ?? "</mark>" }
      const marks = queryTerms(input.q)
      for (const hit of result.hits) {
        const highlights: Record<string, string[]> = {}
        for (const field of fields) {
          const marked = highlight(readPath(hit.document, field), marks, tags)
          if (marked) highlights[field] = [marked]
        }
        if (Object.keys(highlights).length) hit.highlights = highlights
      }
    }
    if (result.metadata && input.q !== undefined) result.metadata.query = input.q
    return result
  }

  /**
   * The words each query term stands for: itself when the index has it (or typos are off, or it
   * is too short for one), else the index's words within its typo budget. One query per search,
   * on the word list's primary key and trigram index.
   */
  protected async planTerms_(physicalName: string, q: string, typo: Row | null): Promise<TermPlan[]> {
    const terms = queryTerms(q)
      .slice(0, MAX_TERMS)
      .filter((term) => WORD.test(term))
    const one = Math.max(1, typo?.min_word_size_for_one_typo ?? 4)
    const two = Math.max(one, typo?.min_word_size_for_two_typos ?? 8)
    const budget = (term: string) => (term.length >= two ? 2 : term.length >= one ? 1 : 0)
    const candidates = typo ? terms.filter((term) => budget(term) > 0) : []
    const plans = new Map(terms.map((term) => [term, { term, words: [term] }]))
    if (!candidates.length) return [...plans.values()]
    const { catalog } = await this.searchCatalog_(physicalName)
    if (!catalog) return [...plans.values()]
    const words = this.wordsTable_(catalog.table_name)
    const rows: Row[] = await this.manager_.execute(
      `SELECT t.term,
              EXISTS (SELECT 1 FROM "${words}" w WHERE w."word" = t.term) AS exact,
              ARRAY(SELECT w."word" FROM "${words}" w WHERE w."word" % t.term ORDER BY similarity(w."word", t.term) DESC LIMIT 50) AS near
         FROM (VALUES ${candidates.map(() => "(?)").join(", ")}) AS t(term)`,
      candidates,
    )
    for (const row of rows) {
      if (row.exact) continue
      const near: string[] = Array.isArray(row.near)
        ? row.near
        : String(row.near ?? "")
            .replace(/^\{|\}$/g, "")
            .split(",")
            .filter(Boolean)
      const within = near
        .map((word) => ({ word, distance: editDistance(word, row.term, budget(row.term)) }))
        .filter(({ word, distance }) => WORD.test(word) && distance <= budget(row.term))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, MAX_CORRECTIONS)
        .map(({ word }) => word)
      if (within.length) plans.set(row.term, { term: row.term, words: within })
    }
    return [...plans.values()]
  }

  /**
   * The keyword match: every term (any, with `match_strategy: "any"`) must match one of its words
   * in the full-text vector — served by the GIN index; the last term is a prefix with "last"
   * (typeahead). Ranked by `ts_rank` over all the words. Anything else (`q` without analysed
   * terms, `attributes_to_search_on`) is Medusa's code.
   */
  keywordFragments(input: Row) {
    const { query } = input
    const options: Row = query.search_options ?? {}
    const plans: TermPlan[] | undefined = query[TERMS]
    const q: string | undefined = query.q?.trim() || undefined
    if (this.medusaStatements_ || !q || !plans?.length || options.attributes_to_search_on?.length)
      return super.keywordFragments(input)
    const cfg = this.tsConfig_
    const last = options.match_strategy === "last"
    const joiner = options.match_strategy === "any" ? " OR " : " AND "
    const matchSql = (params: unknown[]) => {
      const parts = plans.map((plan, i) => {
        const prefix = last && i === plans.length - 1 ? ":*" : ""
        params.push(plan.words.map((word) => `${word}${prefix}`).join(" | "))
        return `"search_vector" @@ to_tsquery('${cfg}', ?)`
      })
      return `(${parts.join(joiner)})`
    }
    const rankSql = (params: unknown[]) => {
      params.push(plans.flatMap((plan) => plan.words).join(" | "))
      return `ts_rank("search_vector", to_tsquery('${cfg}', ?))`
    }
    return { q, needsBm25Limit: false, rankSql, matchSql }
  }
}

function readPath(document: Row, path: string): string | null {
  const value = path.split(".").reduce<any>((acc, key) => (acc == null ? undefined : acc[key]), document)
  return typeof value === "string" ? value : null
}

function searchableRetrievable(fields: Record<string, Row>): string[] {
  return Object.entries(fields)
    .filter(
      ([, field]) => (field.searchable === true || typeof field.searchable === "object") && field.retrievable !== false,
    )
    .map(([name]) => name)
}

export default ModuleProvider(Modules.SEARCH, { services: [VietnamesePostgresSearchService as any] })
