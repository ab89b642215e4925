import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerProductIds } from "./seller-scope"

type Container = Pick<MedusaContainer, "resolve">

const FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "images.metadata",
  "metadata",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.metadata",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** Products as the seller portal shows them: VND price and stock per variant. */
export async function presentSellerProducts(container: Container, productIds: string[]) {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: FIELDS,
    filters: { id: productIds },
  })
  return (data as any[]).map(presentSellerProduct)
}

/** A page of a seller's products as the portal lists them, and how many the seller has in all. */
export async function listSellerProducts(
  container: Container,
  sellerId: string,
  page: { skip: number; take: number; order: Record<string, "ASC" | "DESC"> },
): Promise<[ReturnType<typeof presentSellerProduct>[], number]> {
  const ids = await sellerProductIds(container, sellerId)
  if (!ids.length) return [[], 0]
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: FIELDS,
    filters: { id: ids },
    pagination: page,
  })
  return [(data as any[]).map(presentSellerProduct), metadata?.count ?? ids.length]
}

function presentSellerProduct(product: any) {
  return {
    id: product.id,
    title: product.title,
    title_en: product.metadata?.title_en ?? null,
    handle: product.handle,
    description: product.description,
    status: product.status,
    thumbnail: product.thumbnail,
    images: (product.images ?? []).map((image: any) => ({
      url: image.url,
      ...(image.metadata ? { metadata: image.metadata } : {}),
    })),
    product_group: product.metadata?.product_group ?? null,
    is_service: Boolean(product.metadata?.is_service),
    published: (product.sales_channels ?? []).length > 0,
    variants: (product.variants ?? []).map((variant: any) => {
      const levels = (variant.inventory_items ?? []).flatMap((item: any) => item.inventory?.location_levels ?? [])
      return {
        id: variant.id,
        title: variant.title,
        title_en: variant.metadata?.title_en ?? null,
        sku: variant.sku,
        price_vnd: variant.prices?.find((price: any) => price.currency_code === "vnd")?.amount ?? null,
        stock: levels.reduce((sum: number, level: any) => sum + Number(level.stocked_quantity ?? 0), 0),
        reserved: levels.reduce((sum: number, level: any) => sum + Number(level.reserved_quantity ?? 0), 0),
      }
    }),
  }
}
