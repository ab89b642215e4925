import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { moqOf } from "./wholesale-terms"
import { verifiedDistributorsGroupId } from "./verified-group"

type Container = Pick<MedusaContainer, "resolve">

/**
 * Refuses (400) a verified distributor's cart lines below their product's wholesale minimum order
 * quantity. `lines` are the quantities the cart would hold per variant after the change; a
 * customer who is not a verified distributor buys at retail, without a minimum.
 */
export async function assertMinimumOrder(
  container: Container,
  cartId: string,
  lines: { variant_id: string; quantity: number }[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "customer.groups.id"],
    filters: { id: cartId },
  })
  const groups = ((carts[0] as any)?.customer?.groups ?? []) as { id: string }[]
  if (!groups.length || !lines.length) return
  const groupId = await verifiedDistributorsGroupId(container)
  if (!groups.some((group) => group.id === groupId)) return

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product.title", "product.metadata"],
    filters: { id: lines.map((line) => line.variant_id) },
  })
  const problems = lines.flatMap((line) => {
    const variant = (variants as any[]).find((v) => v.id === line.variant_id)
    const moq = moqOf(variant?.product?.metadata)
    if (!variant || line.quantity <= 0 || line.quantity >= moq) return []
    return [
      `"${variant.product.title}" (${variant.sku ?? variant.id}): the wholesale minimum order is ${moq} units, this line would have ${line.quantity}`,
    ]
  })
  if (problems.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `quantity (below_moq): ${problems.join("; ")}`)
}

/** The quantity per variant a cart would hold after adding `items` (merged into existing lines). */
export async function quantitiesAfterAdding(
  container: Container,
  cartId: string,
  items: { variant_id?: string; quantity: unknown }[],
) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: cartId } })
  const totals = new Map<string, number>()
  for (const item of ((data[0] as any)?.items ?? []) as any[]) {
    if (item?.variant_id) totals.set(item.variant_id, (totals.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  const added = new Map<string, number>()
  for (const item of items) {
    if (item.variant_id)
      added.set(
        item.variant_id,
        (added.get(item.variant_id) ?? totals.get(item.variant_id) ?? 0) + Number(item.quantity),
      )
  }
  return [...added].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}
