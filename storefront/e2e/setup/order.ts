import { HANOI_ADDRESS, type BackendClient } from "@ocop/stack"

/** An order as the store API answers its cart's completion. */
export type PlacedOrder = { id: string; items: { id: string }[] }

/** The seller's part of an order (its own id and number). */
export type OrderPart = { id: string; number: string }

/**
 * A signed-in buyer's order through the store API, as the storefront's checkout makes it: a cart in
 * VND with the lines, the first shipping option, paid cash on delivery.
 */
export async function placeCashOrder(
  client: BackendClient,
  buyer: { token: string; email: string },
  items: { variant_id: string; quantity: number }[],
  address: Record<string, string> = HANOI_ADDRESS,
): Promise<PlacedOrder> {
  const { call } = client
  const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>("GET", "/store/regions", null)
  const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", buyer.token, {
    region_id: regions.find((region) => region.currency_code === "vnd")!.id,
    email: buyer.email,
    items,
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await call<{ shipping_options: { id: string }[] }>(
    "GET",
    `/store/shipping-options?cart_id=${cart.id}`,
    buyer.token,
  )
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, buyer.token, { option_id: shipping_options[0].id })
  const { payment_collection } = await call<{ payment_collection: { id: string } }>(
    "POST",
    "/store/payment-collections",
    buyer.token,
    { cart_id: cart.id },
  )
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, buyer.token, {
    provider_id: "pp_system_default",
  })
  const completed = await call<{ type: string; order?: PlacedOrder }>(
    "POST",
    `/store/carts/${cart.id}/complete`,
    buyer.token,
  )
  if (completed.type !== "order" || !completed.order) throw new Error(`cart ${cart.id} did not become an order`)
  return completed.order
}

/** The seller's part of an order, once a subscriber has split the order by seller (polled for 10 s). */
export async function sellerPart(client: BackendClient, sellerToken: string, order: PlacedOrder): Promise<OrderPart> {
  const lines = new Set(order.items.map((item) => item.id))
  for (let attempt = 0; attempt < 50; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 200))
    const { orders } = await client.call<{ orders: (OrderPart & { items: { id: string }[] })[] }>(
      "GET",
      "/sellers/me/orders?limit=100",
      sellerToken,
    )
    const part = orders.find((o) => o.items.some((item) => lines.has(item.id)))
    if (part) return { id: part.id, number: part.number }
  }
  throw new Error(`the seller has no part of order ${order.id}`)
}

/** The seller accepts its part and ships it with a tracking number (seller API). */
export async function shipPart(client: BackendClient, sellerToken: string, partId: string, tracking: string) {
  await client.call("POST", `/sellers/me/orders/${partId}/accept`, sellerToken)
  await client.call("POST", `/sellers/me/orders/${partId}/ship`, sellerToken, { tracking_number: tracking })
}

/** The seller accepts, ships and delivers its part (seller API). */
export async function deliverPart(client: BackendClient, sellerToken: string, partId: string, tracking: string) {
  await shipPart(client, sellerToken, partId, tracking)
  await client.call("POST", `/sellers/me/orders/${partId}/deliver`, sellerToken)
}
