/** Store-API shopping for the promotion tests: carts and cash-on-delivery orders, as the storefront does it. */

type Api = any
type Store = { headers: Record<string, string> }

const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Hàng Bạc",
  city: "Hà Nội",
  province: "Hà Nội",
  country_code: "vn",
  postal_code: "100000",
  phone: "0912345678",
}

export async function firstVariantId(api: Api, store: Store, regionId: string, productId: string): Promise<string> {
  const { data } = await api.get(`/store/products?id=${productId}&region_id=${regionId}&fields=id,*variants`, store)
  return data.products[0].variants[0].id
}

export async function createCart(api: Api, store: Store, regionId: string, lines: { variant_id: string; quantity: number }[]) {
  const { data } = await api.post("/store/carts", { region_id: regionId, email: "khach@example.com" }, store)
  for (const line of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, line, store)
  return data.cart.id as string
}

/** A cash-on-delivery order with these lines (address in Hà Nội, the first shipping option). */
export async function placeCodOrder(api: Api, store: Store, regionId: string, lines: { variant_id: string; quantity: number }[]) {
  const cartId = await createCart(api, store, regionId, lines)
  await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
  const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(data.error ?? data)}`)
  return data.order as { id: string }
}
