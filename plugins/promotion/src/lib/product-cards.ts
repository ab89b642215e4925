import type { MedusaContainer } from "@medusajs/framework/types"
import { presentVariant, priceVariants, pricingRegion, productBase, raw, VARIANTS_SQL } from "./product-page"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/**
 * The published products among `ids` that are in one of the key's sales channels, with their
 * categories and the first of those channels (the one whose stock locations count). One statement.
 */
const CARDS_SQL = `
SELECT p.id, p.handle, p.title, p.subtitle, p.thumbnail, p.metadata, p.created_at,
  (SELECT min(l.sales_channel_id) FROM product_sales_channel l
    WHERE l.product_id = p.id AND l.deleted_at IS NULL AND l.sales_channel_id = ANY(:channels)) AS channel,
  (SELECT coalesce(json_agg(json_build_object('id', pc.id, 'handle', pc.handle) ORDER BY pc.rank, pc.id), '[]')
     FROM product_category_product pcp
     JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
                             AND pc.is_active AND NOT pc.is_internal
    WHERE pcp.product_id = p.id) AS categories
  FROM product p
 WHERE p.id = ANY(:ids) AND p.deleted_at IS NULL AND p.status = 'published'`

export interface ProductCardsContext {
  ids: string[]
  /** The sales channels of the request's publishable key. */
  salesChannelIds: string[]
  regionId?: string
  countryCode?: string
}

/**
 * What a product card and a cart line show of some products, by id: the product, its categories
 * and its variants with the region's price (Medusa's Pricing Module, taxes included when the
 * country is given, as /store/products computes them) and the units that can be sold now in the
 * channel. A bounded number of SQL statements whatever the catalogue size: Medusa's
 * `/store/products?id=…` first reads the id of every product of the key's sales channels (20,000
 * rows at 20,000 products) to filter by channel.
 */
export async function loadProductCards(container: Container, context: ProductCardsContext) {
  const ids = [...new Set(context.ids)]
  const products = (await raw(container, CARDS_SQL, { ids, channels: context.salesChannelIds })).filter(
    (product) => product.channel,
  )
  if (!products.length) return []
  const byChannel = new Map<string, string[]>()
  for (const product of products)
    byChannel.set(product.channel, [...(byChannel.get(product.channel) ?? []), product.id])
  const [region, ...variantGroups] = await Promise.all([
    pricingRegion(container, context.regionId),
    ...[...byChannel].map(([channel, productIds]) =>
      raw(container, VARIANTS_SQL, { products: productIds, channel, at: new Date() }),
    ),
  ])
  const variants = variantGroups.flat()
  await priceVariants(container, variants, region, context.countryCode)
  const order = new Map(ids.map((id, i) => [id, i]))
  return products
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((product: Row) => ({
      ...productBase(product),
      categories: product.categories ?? [],
      variants: variants.filter((v) => v.product_id === product.id).map(presentVariant),
    }))
}
