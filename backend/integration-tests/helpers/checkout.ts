import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

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
  return data.order as { id: string; display_id: number; items: { id: string; variant_id: string; quantity: number }[] }
}

/**
 * `count` ready-to-pay cash-on-delivery carts, for drills that race many buyers. The first is made
 * through the store API like any buyer's (`readyCart`, `chooseCashOnDelivery`); the others are made
 * in the server's process, 20 at a time, by the same Medusa workflows those store routes run (cart
 * with its lines and addresses in the first cart's region and sales channel, the same shipping
 * option, a payment collection with a system-provider session), without the routes' refetches of
 * the whole cart: real carts that only differ from the first by their e-mail, in a fraction of the
 * time.
 */
export async function readyCodCarts(
  api: any,
  store: Store,
  container: MedusaContainer,
  options: { regionId: string; lines: Line[]; emails: string[] }
) {
  const [firstEmail, ...otherEmails] = options.emails
  const first = await readyCart(api, store, { regionId: options.regionId, email: firstEmail, lines: options.lines })
  await chooseCashOnDelivery(api, store, first)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [template],
  } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "shipping_methods.shipping_option_id"],
    filters: { id: first },
  })
  const shippingOptionId = template.shipping_methods![0]!.shipping_option_id!

  const one = async (email: string) => {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: options.regionId,
        sales_channel_id: template.sales_channel_id!,
        email,
        items: options.lines,
        shipping_address: HANOI_ADDRESS,
        billing_address: HANOI_ADDRESS,
      },
    })
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: shippingOptionId }] } })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
    })
    return cart.id
  }
  const ids = [first]
  for (let start = 0; start < otherEmails.length; start += 20) {
    ids.push(...(await Promise.all(otherEmails.slice(start, start + 20).map(one))))
  }
  return ids
}
