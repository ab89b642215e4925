/** Shopping through the store API the way the storefront does, for tests that need carts and orders. */

export const HANOI_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Hàng Bạc",
  city: "Hà Nội",
  province: "Hà Nội",
  country_code: "vn",
  postal_code: "100000",
  phone: "0912345678",
}

type Store = { headers: Record<string, string> }

/** The store API call, failing with the route and the server's message rather than a bare status. */
async function call(api: any, method: "get" | "post", url: string, store: Store, body?: unknown) {
  try {
    return method === "get" ? await api.get(url, store) : await api.post(url, body, store)
  } catch (error: any) {
    const response = error?.response
    if (!response) throw error
    throw new Error(`${method.toUpperCase()} ${url}: ${response.status} ${JSON.stringify(response.data)}`)
  }
}

type Line = { variant_id: string; quantity: number }

/** A guest cart with its lines, an address and the first shipping option: ready to pay. */
export async function readyCart(api: any, store: Store, options: { regionId: string; email: string; lines: Line[] }) {
  // One request for the cart, its lines and addresses (the drills prepare a hundred carts).
  const { data: created } = await call(api, "post", "/store/carts", store, {
    region_id: options.regionId,
    email: options.email,
    items: options.lines,
    shipping_address: HANOI_ADDRESS,
    billing_address: HANOI_ADDRESS,
  })
  const cartId: string = created.cart.id
  const { data: shipping } = await call(api, "get", `/store/shipping-options?cart_id=${cartId}`, store)
  await call(api, "post", `/store/carts/${cartId}/shipping-methods`, store, { option_id: shipping.shipping_options[0].id })
  return cartId
}

/** Chooses cash on delivery (Medusa's system provider) for a ready cart. */
export async function chooseCashOnDelivery(api: any, store: Store, cartId: string) {
  const { data: collection } = await call(api, "post", "/store/payment-collections", store, { cart_id: cartId })
  await call(api, "post", `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, store, {
    provider_id: "pp_system_default",
  })
}

/** A complete COD order: cart, address, shipping, payment session, completion. */
export async function placeCodOrder(api: any, store: Store, options: { regionId: string; email: string; lines: Line[] }) {
  const cartId = await readyCart(api, store, options)
  await chooseCashOnDelivery(api, store, cartId)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(data.error ?? data)}`)
  // access_token: a guest order's secret, handed only to whoever completed the cart
  return data.order as { id: string; display_id: number; access_token: string; items: { id: string; variant_id: string; quantity: number }[] }
}
