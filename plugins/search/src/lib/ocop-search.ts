import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { validUntilFromExpiry } from "@ocop/plugin-ocop/rules"
import { PROVINCES, resolveProvince } from "@ocop/reference"
import { invalid } from "@ocop/plugin-ocop/errors"
import { findOcopSalesChannel } from "@ocop/plugin-ocop/sales-channel"
import { OCOP_PRODUCT_INDEX } from "./documents"
import { didYouMean, highlight, queryTerms } from "./text"
import { fold, type OcopSearchAnswer, type OcopSearchHit } from "@ocop/reference"

type Container = Pick<MedusaContainer, "resolve">

export const SEARCH_SORTS = [
  "relevance",
  "price_asc",
  "price_desc",
  "stars_desc",
  "stars_asc",
  "newest",
  "rating_desc",
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const SEARCH_FACETS = ["stars", "product_group", "province", "producer", "subgroup"] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]
export const DEFAULT_FACETS: SearchFacet[] = ["stars", "product_group", "province", "producer"]
export const MAX_QUERY_LENGTH = 200
export const MAX_OFFSET = 10_000
/** A price bound above any product's (VND). */
export const MAX_PRICE = 1_000_000_000_000

export interface OcopSearchParams {
  q?: string
  stars?: number[]
  product_group?: number[]
  province?: string
  producer?: string
  price_min?: number
  price_max?: number
  sort?: SearchSort
  facets?: SearchFacet[]
  limit: number
  offset: number
}

const HIGHLIGHT_FIELDS = ["title", "title_en", "producer"] as const
const NUMERIC_FACETS = new Set(["stars", "product_group"])

const foldedProvinces = new Map<string, string>()
for (const unit of PROVINCES) {
  foldedProvinces.set(fold(unit.name), unit.name)
  for (const old of unit.merged) if (!foldedProvinces.has(fold(old))) foldedProvinces.set(fold(old), unit.name)
}

/** A province as typed: a current unit, a former province (mapped), with or without diacritics. */
export function searchProvince(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined
  const exact = resolveProvince(value)
  if (exact) return exact.current
  const loose = foldedProvinces.get(fold(value).replace(/\s+/g, " ").trim())
  if (loose) return loose
  throw invalid(
    "province",
    "province",
    `unknown province "${value}": give one of the 34 current units (or a former province name)`,
  )
}

function order(sort: SearchSort | undefined, hasQuery: boolean): Record<string, "ASC" | "DESC"> | undefined {
  switch (sort ?? "relevance") {
    case "price_asc":
      return { price: "ASC", id: "ASC" }
    case "price_desc":
      return { price: "DESC", id: "ASC" }
    case "stars_desc":
      return { stars: "DESC", price: "ASC", id: "ASC" }
    case "stars_asc":
      return { stars: "ASC", price: "ASC", id: "ASC" }
    case "newest":
      return { created_at: "DESC", id: "ASC" }
    case "rating_desc":
      // Best rated first, the most reviewed among equals; unrated products last.
      return { rating: "DESC", rating_count: "DESC", stars: "DESC", id: "ASC" }
    default:
      // Relevance needs a query; without one, the best stars first.
      return hasQuery ? undefined : { stars: "DESC", price: "ASC", id: "ASC" }
  }
}

/** The search's answer, as `@ocop/reference` declares it for the storefront too. */
export type OcopSearchResponse = OcopSearchAnswer & { sort: SearchSort }

/**
 * The OCOP search: published products whose certificate is valid now, matched by `q` (Vietnamese
 * with or without diacritics, English names, typos forgiven), filtered by stars, group, province
 * and producer, with disjunctive facet counts (a facet ignores its own filter, so the storefront can
 * offer the sibling values). Runs on whichever provider serves the index, through `query.search`.
 */
export async function searchOcopProducts(
  container: Container,
  params: OcopSearchParams,
  options: { salesChannelIds?: string[]; now?: Date } = {},
): Promise<OcopSearchResponse> {
  const q =
    params.q
      ?.replace(/[\u0000-\u001f\u007f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim() || undefined
  const sort = params.sort ?? "relevance"
  const facetNames = params.facets?.length ? params.facets : DEFAULT_FACETS
  const empty: OcopSearchResponse = {
    hits: [],
    facets: {},
    count: 0,
    limit: params.limit,
    offset: params.offset,
    q: q ?? null,
    sort,
  }
  const province = searchProvince(params.province)
  // A query with no letter or digit (only punctuation) can match nothing.
  if (q && !queryTerms(q).length) return empty

  if (options.salesChannelIds) {
    const channel = await findOcopSalesChannel(container)
    if (!channel || !options.salesChannelIds.includes(channel.id)) return empty
  }

  const filters: Record<string, unknown> = {
    status: "published",
    certificate_status: "valid",
    certificate_expires_at: { $gt: options.now ?? new Date() },
  }
  if (params.stars?.length) filters.stars = params.stars
  if (params.product_group?.length) filters.product_group = params.product_group
  if (province) filters.province = province
  if (params.producer?.trim()) filters.producer = params.producer.trim()
  if (params.price_min !== undefined || params.price_max !== undefined) {
    // Bounds given the wrong way round are read as the range they name.
    const [low, high] = [params.price_min ?? 0, params.price_max ?? MAX_PRICE].sort((a, b) => a - b)
    filters.price = { $gte: low, $lte: high }
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let result: { data: Record<string, any>[]; search_result: Record<string, any> }
  try {
    result = (await (query as any).search({
      entity: OCOP_PRODUCT_INDEX,
      fields: [
        "id",
        "title",
        "title_en",
        "handle",
        "thumbnail",
        "producer",
        "province",
        "product_group",
        "subgroup",
        "stars",
        "price",
        "in_stock",
        "decision_number",
        "certificate_expires_at",
        "rating",
        "rating_count",
      ],
      filters: { ...(q ? { q } : {}), ...filters },
      pagination: { skip: params.offset, take: params.limit, ...(order(sort, !!q) ? { order: order(sort, !!q) } : {}) },
      search_options: {
        facets: facetNames.map((field) => ({
          field,
          type: "value" as const,
          limit: field === "stars" || field === "product_group" ? 10 : 50,
        })),
        disjunctive_facets: true,
        // Every word must match (forgiving typos); Meilisearch's default would drop words instead.
        match_strategy: "all" as const,
      },
    })) as any
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) {
      // The index has no version serving reads yet (first boot, or the search tables not migrated).
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The search index is not ready yet: run the migrations (npx medusa db:migrate) and try again in a moment",
      )
    }
    throw error
  }

  const terms = q ? queryTerms(q) : []
  const hits: OcopSearchHit[] = result.data.map((doc) => {
    const highlights: OcopSearchHit["highlights"] = {}
    for (const field of HIGHLIGHT_FIELDS) {
      const marked = highlight(doc[field], terms)
      if (marked) highlights[field] = marked
    }
    return {
      id: doc.id,
      title: doc.title,
      title_en: doc.title_en ?? null,
      handle: doc.handle ?? null,
      thumbnail: doc.thumbnail ?? null,
      producer: doc.producer ?? null,
      province: doc.province ?? null,
      product_group: doc.product_group ?? null,
      subgroup: doc.subgroup ?? null,
      stars: doc.stars ?? null,
      price: typeof doc.price === "number" ? { amount: doc.price, currency_code: "vnd" as const } : null,
      in_stock: doc.in_stock !== false,
      rating: doc.rating_count > 0 ? { average: Number(doc.rating), count: Number(doc.rating_count) } : null,
      certificate: {
        status: "valid" as const,
        valid: true as const,
        decision_number: doc.decision_number ?? null,
        valid_until: doc.certificate_expires_at ? validUntilFromExpiry(doc.certificate_expires_at) : null,
      },
      highlights,
    }
  })

  // The engines answer every value as text; stars and groups are numbers in the answer.
  const facets: Record<string, { value: string | number; count: number }[]> = {}
  for (const name of facetNames) {
    const facet = result.search_result.facets?.[name]
    const values: { value: string; count: number }[] = facet?.type === "value" ? facet.values : []
    facets[name] = values.map(({ value, count }) => ({
      value: NUMERIC_FACETS.has(name) ? Number(value) : value,
      count,
    }))
  }

  const response: OcopSearchResponse = {
    hits,
    facets: facets as OcopSearchResponse["facets"],
    count: result.search_result.metadata?.count ?? hits.length,
    limit: params.limit,
    offset: params.offset,
    q: q ?? null,
    sort,
  }
  if (q && hits.length) {
    const suggestion = didYouMean(
      q,
      hits.slice(0, 5).flatMap((hit) => [hit.title, hit.title_en, hit.producer, hit.province, hit.subgroup]),
    )
    if (suggestion && fold(suggestion) !== fold(q)) response.did_you_mean = suggestion
  }
  return response
}
