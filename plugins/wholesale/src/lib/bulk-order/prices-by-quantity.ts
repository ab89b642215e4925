import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CalculatedPrice } from "./line-item-data"

type Container = Pick<MedusaContainer, "resolve">

export interface BulkPricingContext {
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  customer_group_ids: string[]
}

/**
 * Medusa's price calculation for many lines at once: one call per distinct quantity (the tier
 * depends on it) rather than one per line, with the context a cart prices its lines in (currency,
 * region, customer and groups: the wholesale price list's rule). Keyed by the caller's `key`.
 */
export async function calculatePricesByQuantity(
  container: Container,
  lines: { key: string; price_set_id: string; quantity: number }[],
  context: BulkPricingContext,
): Promise<Map<string, CalculatedPrice>> {
  const pricing = container.resolve(Modules.PRICING)
  const byQuantity = new Map<number, typeof lines>()
  for (const line of lines) {
    const group = byQuantity.get(line.quantity)
    if (group) group.push(line)
    else byQuantity.set(line.quantity, [line])
  }
  const result = new Map<string, CalculatedPrice>()
  for (const [quantity, group] of byQuantity) {
    const prices = await pricing.calculatePrices(
      { id: [...new Set(group.map((line) => line.price_set_id))] },
      {
        context: {
          currency_code: context.currency_code,
          ...(context.region_id ? { region_id: context.region_id } : {}),
          ...(context.customer_id ? { customer_id: context.customer_id } : {}),
          customer: { groups: context.customer_group_ids.map((id) => ({ id })) },
          quantity,
        } as any,
      },
    )
    const bySet = new Map(prices.map((price: any) => [price.id, price]))
    for (const line of group) {
      const price = bySet.get(line.price_set_id)
      if (price?.calculated_amount != null) result.set(line.key, price as CalculatedPrice)
    }
  }
  return result
}
