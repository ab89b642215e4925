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
 * - Ranking: full-text cover density over the words matched (title weighs most).
 * - Highlights: Medusa's provider rejects `search_options.highlight`; this one answers it from
 *   the hits' text with the same diacritics-insensitive, typo-tolerant matching
 *   (src/lib/text.ts), so `hits[].highlights` has one shape on every provider.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import postgresProviders from "@medusajs/medusa/search-postgres"
import { editDistance, highlight, queryTerms } from "../../lib/text"
import { fold } from "@ocop/reference"
import { textSearchConfigSql } from "./text-search-config"

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

export class VietnamesePostgresSearchService extends StockPostgresSearchService {
  static identifier = VIETNAMESE_SEARCH_PROVIDER_ID

  protected configEnsured_ = false

  constructor(cradle: Record<string, unknown>, options: VietnamesePostgresSearchOptions = {}) {
    super(cradle, { ...options, language: options.language ?? "vietnamese", engine: "native" })
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
    }
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
             ON CONFLICT DO NOTHING`,
            chunk,
          )
        }
      }
    }
    return task
  }

  async deleteIndex(input: { index: string }) {
    const catalog = await this.getCatalog(input.index)
    const task = await super.deleteIndex(input)
    if (catalog) await this.manager_.execute(`DROP TABLE IF EXISTS "${this.wordsTable_(catalog.table_name)}"`)
    return task
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    const catalog = await this.getCatalog(input.index)
    if (catalog) await this.manager_.execute(`TRUNCATE TABLE "${this.wordsTable_(catalog.table_name)}"`)
    return task
  }

  async search(input: Row) {
    const options: Row = { ...(input.search_options ?? {}) }
    const requested = options.highlight
    delete options.highlight
    const settings: Row = input.index?.settings?.typo_tolerance ?? {}
    if (options.typo_tolerance === undefined) options.typo_tolerance = settings.enabled ?? true
    const q = typeof input.q === "string" && input.q.trim() ? fold(input.q).replace(/\s+/g, " ").trim() : undefined
    const terms = q
      ? await this.planTerms_(input.index.physical_name, q, options.typo_tolerance ? settings : null)
      : undefined
    const result = await super.search({ ...input, q, search_options: options, [TERMS]: terms })
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
    const catalog = await this.getCatalog(physicalName)
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
   * (typeahead). Ranked by cover density over all the words. Anything else (`q` without analysed
   * terms, `attributes_to_search_on`) is Medusa's code.
   */
  keywordFragments(input: Row) {
    const { query } = input
    const options: Row = query.search_options ?? {}
    const plans: TermPlan[] | undefined = query[TERMS]
    const q: string | undefined = query.q?.trim() || undefined
    if (!q || !plans?.length || options.attributes_to_search_on?.length) return super.keywordFragments(input)
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
      return `ts_rank_cd("search_vector", to_tsquery('${cfg}', ?))`
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
