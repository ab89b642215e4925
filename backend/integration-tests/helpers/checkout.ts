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
type Line = { variant_id: string; quantity: number }

/** A guest cart with its lines, an address and the first shipping option: ready to pay. */
export async function readyCart(api: any, store: Store, options: { regionId: string; email: string; lines: Line[] }) {
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: options.regionId,
      email: options.email,
      items: options.lines,
      shipping_address: HANOI_ADDRESS,
      billing_address: HANOI_ADDRESS,
    },
    store
  )
  const cartId: string = created.cart.id
  const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, store)
  return cartId
}

/** Chooses cash on delivery (Medusa's system provider) for a ready cart. */
export async function chooseCashOnDelivery(api: any, store: Store, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
}

/** A complete COD order: cart, address, shipping, payment session, completion. */
export async function placeCodOrder(api: any, store: Store, options: { regionId: string; email: string; lines: Line[] }) {
  const cartId = await readyCart(api, store, options)
  await chooseCashOnDelivery(api, store, cartId)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(data.error ?? data)}`)
  return data.order as { id: string; display_id: number; items: { id: string; variant_id: string; quantity: number }[] }
}
