import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { buildProductDocument, compactDocument, OCOP_PRODUCT_INDEX, PRODUCT_DOCUMENT_FIELDS } from "../lib/documents"
import { productIdsForEvent, SEARCH_INDEX_EVENTS } from "../lib/events"
import { meilisearchSynonyms } from "../lib/synonyms"

/**
 * The product search index, declared as code (Medusa's Search Module loads every file under a
 * plugin's `search/` folder). One document per product, certified or not; the OCOP search
 * (`GET /store/ocop/search`) narrows it to published products whose certificate is valid now.
 *
 * Text: the Vietnamese title (with diacritics; every engine matches it without them), the English
 * title and description (from `product.metadata`), the producer (`subtitle`), province and subgroup.
 * Facets and filters: stars, product group, province, producer, subgroup, certificate status and
 * expiry, VND price (the lowest base price of the variants), stock, publication status.
 *
 * Kept true by events: product and variant (prices are written through variants), price,
 * inventory level/item and reservation (stock), and the certification workflows'
 * `ocop-certificate.*` events, so a revoked or expired certificate leaves the OCOP results as
 * soon as its workflow completes; plugin-reviews' `review.rating_changed` brings the rating. A full rebuild: `npm run reindex -w @ocop/backend`.
 */
const fields = search.define({
  id: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 2 }),
  producer: search.keyword().searchable({ weight: 1.5 }).filterable().facetable(),
  province: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
  subgroup: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
  description_en: search.text().searchable({ weight: 1 }),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  product_group: search
    .integer()
    .filterable()
    .facetable({ types: ["value"] }),
  stars: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["value"] }),
  certificate_status: search.keyword().filterable().facetable(),
  certificate_expires_at: search.date().filterable().sortable(),
  decision_number: search.keyword().filterable(),
  price: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  price_max: search.integer(),
  stock: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  status: search.keyword().filterable(),
  created_at: search.date().filterable().sortable(),
  /** Verified buyers' average rating (1–5, two decimals) and how many reviews make it (plugin-reviews' summary). */
  rating: search.float().filterable().sortable(),
  rating_count: search.integer().sortable(),
})

const transform = (rows: Record<string, any>[]) =>
  rows.map((row) => compactDocument(buildProductDocument(row))) as any[]

const seedFromProducts = graphSeed({ fields: PRODUCT_DOCUMENT_FIELDS, batch_size: 100, transform })

/**
 * The seed pages products by id. Its catch-up pass (after a reindex, for what changed while it
 * ran) reads products by `updated_at`, which a certificate change does not touch: the products
 * whose certificates changed since are written again too, so a revocation during a reindex is
 * not lost when the new index version takes over.
 */
async function* seedProducts(context: Parameters<typeof seedFromProducts>[0]) {
  yield* seedFromProducts(context)
  if (!context.catchup) return
  const { data: changed } = await context.container.query.graph({
    entity: "ocop_certificate",
    fields: ["product_id"],
    filters: { updated_at: { $gte: context.catchup.since } },
  } as any)
  const ids = [...new Set((changed as { product_id: string }[]).map((c) => c.product_id))]
  for (let start = 0; start < ids.length; start += 100) {
    const batch = ids.slice(start, start + 100)
    const { data } = await context.container.query.graph({
      entity: "product",
      fields: PRODUCT_DOCUMENT_FIELDS,
      filters: { id: batch },
    } as any)
    const documents = transform(data as Record<string, any>[])
    const found = new Set(documents.map((d) => d.id))
    const gone = batch.filter((id) => !found.has(id))
    yield [
      ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
      ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : []),
    ]
  }
}

export default defineSearchIndex({
  name: OCOP_PRODUCT_INDEX,
  entity: "product",
  fields,
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      // Read by the Meilisearch provider (ours, and the community one, which applies these as
      // index settings as they are).
      meilisearch: {
        synonyms: meilisearchSynonyms(),
        rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "stars:desc"],
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
        pagination: { maxTotalHits: 10000 },
        faceting: { maxValuesPerFacet: 100 },
      },
    },
  },
  events: SEARCH_INDEX_EVENTS,
  consume: graphConsume({
    fields: PRODUCT_DOCUMENT_FIELDS,
    resolve_ids: (event, context) =>
      productIdsForEvent(event as any, context.container.query as any, context.container.logger),
    is_delete: (event) => event.name === "product.deleted",
    transform,
  }),
  seed: seedProducts,
})
