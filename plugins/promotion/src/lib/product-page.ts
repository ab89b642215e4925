import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { calculateAmountsWithTax, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { presentPublicCertificate, presentStoreOcop } from "@ocop/plugin-ocop/present"
import { statusAt } from "@ocop/plugin-ocop/rules"
import { PRODUCT_GROUPS } from "@ocop/reference"
import { FIRST_PAGE, productReviewsSection } from "@ocop/plugin-reviews/product-reviews"
import { presentSummary } from "@ocop/plugin-reviews/rating-summaries"
import { presentStory, STORY_FIELDS } from "./stories"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/** Related products shown under a product, and the candidates read for them from each source. */
export const RELATED_LIMIT = 4
const RELATED_CANDIDATES = 8
/** The newest lots listed on a product's page (each links to its trace page); all are counted. */
export const LOTS_SHOWN = 5

export interface ProductPageContext {
  handle: string
  /** The sales channels of the request's publishable key. */
  salesChannelIds: string[]
  regionId?: string
  countryCode?: string
  /** The request's If-None-Match: when it holds the page's version, the page is not computed again. */
  ifNoneMatch?: string
  at?: Date
}

export type ProductPage =
  | { kind: "on_sale"; body: Row; etag: string }
  | { kind: "not_modified"; etag: string }
  | { kind: "withdrawn"; body: Row }
  | { kind: "not_found" }

/**
 * Changes the version of every page now and then, so that what the version does not cover (a tax
 * rate, a category's name) shows within this bounded time.
 */
const VERSION_PERIOD_MS = 10 * 60_000

/**
 * The version of a page (its ETag): a digest of what it is computed from, read before the costly
 * part (Medusa's pricing and tax modules, the region, the story and the reviews): the product with
 * its images, categories, certificates and lots, its rating summary and first page of reviews, the
 * related products (with their ratings), the variants with their stock, the prices and price lists
 * in force, and the story. The same on every server process (nothing is kept between requests).
 */
function pageVersion(parts: unknown[], context: ProductPageContext, at: Date) {
  const period = Math.floor(at.getTime() / VERSION_PERIOD_MS)
  const digest = createHash("sha256")
    .update(JSON.stringify([parts, context.regionId ?? null, context.countryCode ?? null, period]))
    .digest("base64url")
  return `"${digest.slice(0, 32)}"`
}

/**
 * The product: its images, categories, certificates (with their producer) and lots, the key's
 * sales channels that list it, its kept rating summary, and the version of its first page of reviews and
 * of its stories (for the page's version). One statement.
 */
const PRODUCT_SQL = `
SELECT p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.status, p.metadata, p.created_at,
  (SELECT coalesce(array_agg(l.sales_channel_id ORDER BY l.sales_channel_id), '{}')
     FROM product_sales_channel l
    WHERE l.product_id = p.id AND l.deleted_at IS NULL AND l.sales_channel_id = ANY(:channels)) AS channels,
  (SELECT coalesce(json_agg(json_build_object('url', i.url, 'metadata', i.metadata) ORDER BY i.rank, i.id), '[]')
     FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL) AS images,
  (SELECT coalesce(json_agg(json_build_object('id', pc.id, 'handle', pc.handle, 'name', pc.name) ORDER BY pc.rank, pc.id), '[]')
     FROM product_category_product pcp
     JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
                             AND pc.is_active AND NOT pc.is_internal
    WHERE pcp.product_id = p.id) AS categories,
  (SELECT coalesce(json_agg(to_jsonb(c) || jsonb_build_object('subject', json_build_object('id', s.id, 'legal_name', s.legal_name))
                            ORDER BY c.decision_date DESC, c.id), '[]')
     FROM ocop_certificate c LEFT JOIN ocop_subject s ON s.id = c.subject_id
    WHERE c.product_id = p.id AND c.deleted_at IS NULL) AS certificates,
  (SELECT json_build_object('count', count(*), 'latest', coalesce((
            SELECT json_agg(json_build_object('gtin14', t.gtin14, 'lot_code', t.lot_code,
                                              'production_date', t.production_date, 'best_before', t.best_before,
                                              'expiry_date', t.expiry_date, 'origin_area', t.origin_area)
                            ORDER BY t.production_date DESC, t.id DESC)
              FROM (SELECT * FROM trace_lot WHERE product_id = p.id AND deleted_at IS NULL
                     ORDER BY production_date DESC, id DESC LIMIT :lots) t), '[]'))
     FROM trace_lot WHERE product_id = p.id AND deleted_at IS NULL) AS lots,
  (SELECT to_jsonb(r) FROM review_rating_summary r
    WHERE r.product_id = p.id AND r.deleted_at IS NULL LIMIT 1) AS rating_summary,
  (SELECT coalesce(json_agg(json_build_array(rv.id, rv.updated_at) ORDER BY rv.created_at DESC, rv.id DESC), '[]')
     FROM (SELECT id, created_at, updated_at FROM review
            WHERE product_id = p.id AND status = 'visible' AND deleted_at IS NULL
            ORDER BY created_at DESC, id DESC LIMIT :reviews) rv) AS reviews_version,
  (SELECT coalesce(json_agg(json_build_array(st.id, st.updated_at) ORDER BY st.id), '[]')
     FROM product_story st WHERE st.product_id = p.id AND st.deleted_at IS NULL) AS stories_version
  FROM product p
 WHERE p.handle = :handle AND p.deleted_at IS NULL
 LIMIT 1`

/** A certificate that can stand for a related product: valid now, same group, published, in the channel. */
const RELATED_WHERE = `c.deleted_at IS NULL AND c.status = 'valid' AND c.expires_at > :at
  AND c.product_group = :group AND c.product_id <> :product
  AND EXISTS (SELECT 1 FROM product p WHERE p.id = c.product_id AND p.deleted_at IS NULL AND p.status = 'published')
  AND EXISTS (SELECT 1 FROM product_sales_channel l
               WHERE l.product_id = c.product_id AND l.sales_channel_id = :channel AND l.deleted_at IS NULL)`
const RELATED_ORDER = `c.stars DESC, c.decision_date DESC, c.id`

/**
 * Certified products of the same group: the producer's own first, then the same province's, then
 * the group's best. Each source is read through an index up to a few rows (bounded whatever the
 * catalogue size), and the rows are ranked as one list. One statement.
 */
const RELATED_SQL = `
WITH candidates AS (
  (SELECT c.id FROM ocop_certificate c WHERE ${RELATED_WHERE} AND c.subject_id = :subject ORDER BY ${RELATED_ORDER} LIMIT :candidates)
  UNION
  (SELECT c.id FROM ocop_certificate c WHERE ${RELATED_WHERE} AND c.province = :province ORDER BY ${RELATED_ORDER} LIMIT :candidates)
  UNION
  (SELECT c.id FROM ocop_certificate c WHERE ${RELATED_WHERE} ORDER BY ${RELATED_ORDER} LIMIT :candidates)
)
SELECT to_jsonb(c) || jsonb_build_object('subject', json_build_object('id', s.id, 'legal_name', s.legal_name)) AS certificate,
       p.id, p.handle, p.title, p.subtitle, p.thumbnail, p.metadata, p.created_at,
       rs.average AS rating_average, rs.count AS rating_count
  FROM candidates k
  JOIN ocop_certificate c ON c.id = k.id
  JOIN product p ON p.id = c.product_id
  LEFT JOIN ocop_subject s ON s.id = c.subject_id
  LEFT JOIN review_rating_summary rs ON rs.product_id = p.id AND rs.deleted_at IS NULL
 ORDER BY (CASE WHEN c.subject_id = :subject THEN 4 ELSE 0 END) + (CASE WHEN c.province = :province THEN 1 ELSE 0 END) DESC,
          ${RELATED_ORDER}
 LIMIT :limit`

/**
 * The variants of some products with their price set and the units that can be sold now in the
 * channel: as Medusa's `getVariantAvailability` counts them (for each inventory item, what its
 * levels at the channel's stock locations hold beyond reservations, divided by the quantity a unit
 * needs; the smallest over the items; null without inventory items), and the version of their
 * prices (each price of the set and its price list, in force at `at` or not: what Medusa's Pricing
 * Module chooses from). One statement.
 */
export const VARIANTS_SQL = `
SELECT v.id, v.product_id, v.title, v.sku, v.metadata, v.manage_inventory, v.allow_backorder, ps.price_set_id,
  (SELECT min(floor(coalesce(level.quantity, 0) / vi.required_quantity))
     FROM product_variant_inventory_item vi
     LEFT JOIN LATERAL (
       SELECT sum(il.stocked_quantity - il.reserved_quantity) AS quantity
         FROM inventory_level il
         JOIN inventory_item ii ON ii.id = il.inventory_item_id AND ii.deleted_at IS NULL
         JOIN sales_channel_stock_location scl ON scl.stock_location_id = il.location_id
                                             AND scl.sales_channel_id = :channel AND scl.deleted_at IS NULL
        WHERE il.inventory_item_id = vi.inventory_item_id AND il.deleted_at IS NULL) level ON true
    WHERE vi.variant_id = v.id AND vi.deleted_at IS NULL) AS inventory_quantity,
  (SELECT coalesce(json_agg(json_build_array(pr.id, pr.amount, pr.updated_at, pr.rules_count, pl.id, pl.status, pl.updated_at,
            pl.id IS NULL OR ((pl.starts_at IS NULL OR pl.starts_at <= :at) AND (pl.ends_at IS NULL OR pl.ends_at > :at)))
          ORDER BY pr.id), '[]')
     FROM price pr LEFT JOIN price_list pl ON pl.id = pr.price_list_id AND pl.deleted_at IS NULL
    WHERE pr.price_set_id = ps.price_set_id AND pr.deleted_at IS NULL) AS prices_version
  FROM product_variant v
  LEFT JOIN product_variant_price_set ps ON ps.variant_id = v.id AND ps.deleted_at IS NULL
 WHERE v.product_id = ANY(:products) AND v.deleted_at IS NULL
 ORDER BY v.product_id, v.variant_rank, v.created_at, v.id`

export async function raw<T = Row>(container: Container, sql: string, bindings: Record<string, unknown>): Promise<T[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  return (await knex.raw(sql, bindings)).rows as T[]
}

/** The region whose currency the prices are in: the one asked for, else the store's default. */
export async function pricingRegion(container: Container, regionId: string | undefined) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let id = regionId
  if (!id) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
    id = (stores[0] as Row | undefined)?.default_region_id ?? undefined
  }
  const { data: regions } = id
    ? await query.graph({
        entity: "region",
        fields: ["id", "currency_code", "automatic_taxes"],
        filters: { id },
      })
    : { data: [] }
  const region = regions[0] as { id: string; currency_code: string; automatic_taxes: boolean } | undefined
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      regionId ? `region_id: no region ${regionId}` : "region_id: the store has no default region, name one",
    )
  }
  return region
}

/**
 * Each variant's `calculated_price` through Medusa's Pricing Module (the region and its currency as
 * the context, as the store product routes do), with the amounts including tax when the country is
 * known and the region computes taxes (Medusa's Tax Module and `calculateAmountsWithTax`, as
 * `/store/products` does).
 */
export async function priceVariants(
  container: Container,
  variants: Row[],
  region: { id: string; currency_code: string; automatic_taxes: boolean },
  countryCode: string | undefined,
) {
  const priceSetIds = [...new Set(variants.map((v) => v.price_set_id).filter(Boolean))] as string[]
  if (!priceSetIds.length) return
  const pricing = container.resolve(Modules.PRICING)
  const prices = await pricing.calculatePrices(
    { id: priceSetIds },
    { context: { region_id: region.id, currency_code: region.currency_code } },
  )
  const bySet = new Map(prices.map((price) => [price.id, price]))
  const amount = (value: unknown) => (value == null ? null : Number(value))
  for (const variant of variants) {
    const price = bySet.get(variant.price_set_id)
    variant.calculated_price = price
      ? {
          calculated_amount: amount(price.calculated_amount),
          original_amount: amount(price.original_amount),
          currency_code: price.currency_code,
          is_calculated_price_tax_inclusive: price.is_calculated_price_tax_inclusive ?? false,
          is_original_price_tax_inclusive: price.is_original_price_tax_inclusive ?? false,
          is_calculated_price_price_list: price.is_calculated_price_price_list ?? false,
        }
      : null
  }
  const priced = variants.filter((v) => v.calculated_price?.calculated_amount != null)
  if (!countryCode || !region.automatic_taxes || !priced.length) return
  const taxLines = await container.resolve(Modules.TAX).getTaxLines(
    priced.map((variant) => ({
      id: variant.id,
      product_id: variant.product_id,
      quantity: 1,
      unit_price: variant.calculated_price.calculated_amount,
      currency_code: variant.calculated_price.currency_code,
    })),
    { address: { country_code: countryCode } },
  )
  for (const variant of priced) {
    const lines = taxLines.filter((line) => (line as Row).line_item_id === variant.id)
    const price = variant.calculated_price
    const calculated = calculateAmountsWithTax({
      taxLines: lines,
      amount: price.calculated_amount,
      includesTax: price.is_calculated_price_tax_inclusive,
    })
    price.calculated_amount_with_tax = calculated.priceWithTax
    price.calculated_amount_without_tax = calculated.priceWithoutTax
    if (price.original_amount != null) {
      const original = calculateAmountsWithTax({
        taxLines: lines,
        amount: price.original_amount,
        includesTax: price.is_original_price_tax_inclusive,
      })
      price.original_amount_with_tax = original.priceWithTax
      price.original_amount_without_tax = original.priceWithoutTax
    }
  }
}

export function presentVariant(variant: Row) {
  return {
    id: variant.id,
    title: variant.title,
    sku: variant.sku ?? null,
    metadata: variant.metadata ?? null,
    manage_inventory: variant.manage_inventory,
    allow_backorder: variant.allow_backorder,
    // As Medusa's store routes: only a variant whose inventory is managed has a quantity.
    inventory_quantity:
      variant.manage_inventory && variant.inventory_quantity != null ? Number(variant.inventory_quantity) : null,
    calculated_price: variant.calculated_price ?? null,
  }
}

/** A card's rating: average and count, or null without a visible review. */
const ratingOf = (summary: { average: number; count: number }) =>
  summary?.count ? { average: summary.average, count: summary.count } : null

export const productBase = (product: Row) => ({
  id: product.id,
  handle: product.handle,
  title: product.title,
  subtitle: product.subtitle ?? null,
  thumbnail: product.thumbnail ?? null,
  metadata: product.metadata ?? null,
  created_at: new Date(product.created_at).toISOString(),
})

/**
 * Everything a product's page shows, for one handle, in a bounded number of SQL statements whatever
 * the catalogue size: the product with its variants (prices for the region, stock in the channel),
 * its certificate and standing, its producer, a summary of its lots, related certified products of
 * the same group and its story.
 *
 * A product that is not (or no longer) listed in the key's sales channels is `withdrawn` when the
 * certificate that speaks for it (the valid one, else the latest) has ended (revoked or expired):
 * its page says so. Otherwise, or without any certificate, `not_found`.
 *
 * A page on sale carries its version (`etag`, see pageVersion), read in three statements; when the
 * request already holds that version (`ifNoneMatch`) the rest is not computed: `not_modified`.
 */
export async function loadProductPage(container: Container, context: ProductPageContext): Promise<ProductPage> {
  const at = context.at ?? new Date()
  const [product] = await raw(container, PRODUCT_SQL, {
    handle: context.handle,
    channels: context.salesChannelIds,
    lots: LOTS_SHOWN,
    reviews: FIRST_PAGE,
  })
  if (!product) return { kind: "not_found" }
  const certificates: Row[] = product.certificates ?? []
  const current = certificates.find((c) => statusAt(c as { status: string; expires_at: string }, at) === "valid")
  const shown = current ?? certificates[0] ?? null
  const certificate = shown ? presentPublicCertificate(shown, product, at) : null

  const channel: string | undefined = product.channels?.[0]
  if (product.status !== "published" || !channel) {
    if (!certificate || certificate.valid) return { kind: "not_found" }
    return {
      kind: "withdrawn",
      body: {
        product: {
          id: product.id,
          handle: product.handle,
          title: product.title,
          title_en: typeof product.metadata?.title_en === "string" ? product.metadata.title_en : null,
          thumbnail: product.thumbnail ?? null,
        },
        certificate,
      },
    }
  }

  const categories: Row[] = product.categories ?? []
  const group =
    shown?.product_group ??
    PRODUCT_GROUPS.find((g) => categories.some((category) => category.handle === g.handle))?.code ??
    null
  const related = group
    ? await raw(container, RELATED_SQL, {
        at,
        group,
        product: product.id,
        channel,
        subject: current?.subject_id ?? shown?.subject_id ?? null,
        province: shown?.province ?? null,
        candidates: RELATED_CANDIDATES,
        limit: RELATED_LIMIT,
      })
    : []

  const variants = await raw(container, VARIANTS_SQL, {
    products: [product.id, ...related.map((r) => r.id)],
    channel,
    at,
  })
  // The certificate valid at `at` too: one that expires changes the page without changing a row.
  const etag = pageVersion([product, current?.id ?? null, related, variants], context, at)
  if (context.ifNoneMatch && context.ifNoneMatch.split(/\s*,\s*/).includes(etag)) return { kind: "not_modified", etag }

  const [region, stories, reviews] = await Promise.all([
    pricingRegion(container, context.regionId),
    container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product_story",
        fields: STORY_FIELDS.filter((field) => !field.startsWith("product.")),
        filters: { product_id: product.id },
      })
      .then(({ data }) => data as Row[]),
    // The kept rating summary came with the product (plugin-reviews' table): the reviews are read only when it has some.
    productReviewsSection(container, product.id, {
      summary: product.rating_summary ? presentSummary(product.rating_summary) : null,
    }),
  ])
  await priceVariants(container, variants, region, context.countryCode)
  const variantsOf = (productId: string) => variants.filter((v) => v.product_id === productId).map(presentVariant)
  const story = stories.sort((a, b) => new Date(b.published_at).getTime() - new Date(a.published_at).getTime())[0]

  return {
    kind: "on_sale",
    etag,
    body: {
      product: {
        ...productBase(product),
        description: product.description ?? null,
        images: product.images ?? [],
        categories: categories.map(({ id, handle }) => ({ id, handle })),
        variants: variantsOf(product.id),
      },
      // The compact certification of a product sold as OCOP (as in the store listing), when valid now.
      ocop: current ? presentStoreOcop(current, at) : null,
      certificate,
      producer: shown?.subject?.id
        ? { id: shown.subject.id, name: shown.subject.legal_name, province: shown.province ?? null }
        : null,
      lots: {
        count: Number(product.lots?.count ?? 0),
        latest: product.lots?.latest ?? [],
      },
      related: related.map((row) => ({
        ...productBase(row),
        variants: variantsOf(row.id),
        ocop: presentStoreOcop(row.certificate, at),
        rating: ratingOf({ average: Number(row.rating_average), count: Number(row.rating_count ?? 0) }),
      })),
      story: story
        ? presentStory({
            ...story,
            product: { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail },
          })
        : null,
      // Verified buyers' reviews: the rating summary and the newest page (empty without reviews).
      reviews,
      region: { id: region.id, currency_code: region.currency_code },
    },
  }
}
