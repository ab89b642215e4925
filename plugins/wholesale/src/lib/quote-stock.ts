import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getTotalVariantAvailability } from "@medusajs/framework/utils"

/**
 * Units of each variant a quote can promise now: Medusa's availability (stocked minus reserved, over
 * every stock location, per inventory item and its required quantity). null: not counted (the
 * variant's inventory is not managed, or it allows backorders), so any quantity can be quoted.
 */
export async function quotableStock(
  container: Pick<MedusaContainer, "resolve">,
  variantIds: string[],
): Promise<Map<string, number | null>> {
  const ids = [...new Set(variantIds)]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "allow_backorder"],
    filters: { id: ids },
  })
  const counted = (variants as any[]).filter((variant) => variant.manage_inventory && !variant.allow_backorder)
  const availability = counted.length
    ? await getTotalVariantAvailability(query, { variant_ids: counted.map((variant) => variant.id) })
    : {}
  return new Map(ids.map((id) => [id, id in availability ? (availability[id].availability ?? 0) : null]))
}
