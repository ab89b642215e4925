import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MOQ_METADATA_KEY } from "../constants"
import { wholesalePriceListId } from "./wholesale-price-list"

type Container = Pick<MedusaContainer, "resolve">

export interface Tier {
  min_quantity: number
  max_quantity: number | null
  /** Integer VND per unit. */
  amount: number
}

export interface WholesaleTerms {
  product_id: string
  title: string
  /** Minimum units per line for a distributor; 1 when the seller set none. */
  moq: number
  variants: { variant_id: string; sku: string | null; title: string; price_set_id: string | null; tiers: Tier[] }[]
}

/** A product's wholesale minimum order quantity, from its metadata (1 when none). */
export function moqOf(metadata: Record<string, unknown> | null | undefined): number {
  const value = Number(metadata?.[MOQ_METADATA_KEY])
  return Number.isInteger(value) && value > 0 ? value : 1
}

/** The wholesale terms of products: MOQ and, per variant, the tiers of the wholesale price list (VND). */
export async function wholesaleTerms(container: Container, productIds: string[]): Promise<Map<string, WholesaleTerms>> {
  const terms = new Map<string, WholesaleTerms>()
  if (!productIds.length) return terms
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "metadata", "variants.id", "variants.sku", "variants.title", "variants.price_set.id"],
    filters: { id: productIds },
  })
  const priceSetIds = products.flatMap((p: any) => (p.variants ?? []).map((v: any) => v.price_set?.id).filter(Boolean))
  const prices = priceSetIds.length
    ? await container.resolve(Modules.PRICING).listPrices(
        {
          price_list_id: await wholesalePriceListId(container),
          price_set_id: priceSetIds,
          currency_code: "vnd",
        } as any,
        { select: ["price_set_id", "amount", "min_quantity", "max_quantity"] },
      )
    : []
  for (const product of products as any[]) {
    terms.set(product.id, {
      product_id: product.id,
      title: product.title,
      moq: moqOf(product.metadata),
      variants: (product.variants ?? []).map((variant: any) => ({
        variant_id: variant.id,
        sku: variant.sku ?? null,
        title: variant.title,
        price_set_id: variant.price_set?.id ?? null,
        tiers: prices
          .filter((price: any) => price.price_set_id === variant.price_set?.id)
          .map((price: any) => ({
            min_quantity: Number(price.min_quantity ?? 1),
            max_quantity: price.max_quantity == null ? null : Number(price.max_quantity),
            amount: Number(price.amount),
          }))
          .sort((a, b) => a.min_quantity - b.min_quantity),
      })),
    })
  }
  return terms
}
