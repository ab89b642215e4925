import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type Container = Pick<MedusaContainer, "resolve">

export interface CartSnapshot {
  lines: { variant_id: string; quantity: number; unit_price: number }[]
  /** Integer VND, as the cart's total (taxes, shipping and discounts included). */
  total: number
}

export interface CartState {
  id: string
  customer_id: string | null
  completed: boolean
  metadata: Record<string, unknown> | null
  snapshot: CartSnapshot
}

/** A cart as an approval binds it: its lines (variant, quantity, unit price) in a fixed order, and its total. */
export async function readCart(container: Container, cartId: string): Promise<CartState | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "total",
      "completed_at",
      "metadata",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) return null
  const lines = (cart.items ?? [])
    .map((item: any) => ({
      variant_id: String(item.variant_id ?? ""),
      quantity: MathBN.convert(item.quantity).toNumber(),
      unit_price: MathBN.convert(item.unit_price).toNumber(),
    }))
    .sort(
      (a: any, b: any) =>
        a.variant_id.localeCompare(b.variant_id) || a.quantity - b.quantity || a.unit_price - b.unit_price,
    )
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    completed: Boolean(cart.completed_at),
    metadata: cart.metadata ?? null,
    snapshot: { lines, total: MathBN.convert(cart.total ?? 0).toNumber() },
  }
}

/** The snapshot as one string in a fixed key order (a jsonb column gives its keys back in its own order). */
function canonical(snapshot: CartSnapshot) {
  return JSON.stringify([
    snapshot.total,
    snapshot.lines.map((line) => [line.variant_id, line.quantity, line.unit_price]),
  ])
}

/** Whether the cart is still exactly what was approved (every line and the total). */
export function sameSnapshot(a: CartSnapshot | null | undefined, b: CartSnapshot | null | undefined) {
  return Boolean(a && b) && canonical(a!) === canonical(b!)
}
