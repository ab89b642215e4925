import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type CartForCompletion = {
  id: string
  email?: string | null
  customer_id?: string | null
  created_at: string | Date
  items?: { variant_id?: string | null; quantity: number | string }[] | null
}

/**
 * Removes the orders that an interrupted completion of this cart left behind, before the buyer's
 * retry completes it. Call it only while holding the cart's checkout lock, so that no completion
 * of the cart is in flight.
 *
 * Why (failure drill "crash", backend/integration-tests/http/drills-process.spec.ts): Medusa 2.21's
 * completeCartWorkflow creates the order, then links it to the cart and the payment collection in a
 * later step. With the in-process workflow engine nothing resumes a run cut by a crash between the
 * two, so the order stays without cart or payment, the cart stays open, and the retry makes a
 * second order. Such an order was never confirmed to the buyer (no `order.placed`), so it goes.
 * It is recognised by what the workflow wrote: no cart link, no payment collection, the cart's
 * email, created after the cart, and the cart's lines (variant and quantity) exactly.
 */
export async function discardInterruptedOrders(scope: MedusaContainer, cart: CartForCompletion) {
  if (!cart.email) return
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // The quantity is read from the order item detail, hence `items.detail.quantity`
    fields: [
      "id",
      "is_draft_order",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.detail.quantity",
      "cart.id",
      "payment_collections.id",
    ],
    // Indexed: by e-mail and date (migration-scripts/order-email-index), and by customer where the cart has one
    filters: {
      ...(cart.customer_id ? { customer_id: cart.customer_id } : {}),
      email: cart.email,
      created_at: { $gte: cart.created_at },
    } as any,
  })
  const wanted = linesKey(cart.items ?? [])
  const orphans = (orders as any[]).filter(
    (order) =>
      !order.is_draft_order &&
      !order.cart &&
      !order.payment_collections?.length &&
      linesKey(order.items ?? []) === wanted,
  )
  if (!orphans.length) return

  // The reservation step runs beside the link step, so it may have reserved stock for them
  const lineItemIds = orphans.flatMap((order) => order.items.map((item: any) => item.id))
  await scope.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(lineItemIds)
  await scope.resolve(Modules.ORDER).softDeleteOrders(orphans.map((order) => order.id))
  scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(
      `Cart ${cart.id}: discarded ${orphans.length} order(s) left by an interrupted completion: ${orphans.map((o) => o.id).join(", ")}`,
    )
}

function linesKey(items: { variant_id?: string | null; quantity: number | string }[]) {
  return items
    .map((item) => `${item.variant_id}×${Number(item.quantity)}`)
    .sort()
    .join(",")
}
