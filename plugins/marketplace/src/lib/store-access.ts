import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Who may use a cart or see an order: knowing its id grants nothing.
 *
 * - A cart that belongs to a registered customer (Medusa's `customer.has_account`) is read, changed
 *   and completed only with that customer's token; anyone else gets 404, as for a missing cart.
 *   A guest's cart (no customer, or Medusa's guest customer) is the guest's session: its id is
 *   held only by the guest's browser.
 * - An order is shown to the registered customer who placed it, or, for a guest's order, to
 *   whoever holds its access token (`x-order-token`), a secret derived from the order id that the
 *   completion hands to the buyer alone (HMAC with the server's JWT secret: nothing to store, and
 *   it cannot be computed from the id).
 */

type Container = Pick<MedusaContainer, "resolve">
type Req = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }

/** The header that carries a guest order's access token. */
export const ORDER_TOKEN_HEADER = "x-order-token"

function actorCustomer(req: Req) {
  return req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
}

const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

/** The registered customer a cart is bound to, or null for a guest's cart (undefined: no such cart). */
async function cartOwner(scope: Container, cartId: string): Promise<string | null | undefined> {
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "customer_id", "customer.has_account"], filters: { id: cartId } })
  const cart = data[0] as any
  if (!cart) return undefined
  return cart.customer_id && cart.customer?.has_account ? (cart.customer_id as string) : null
}

/** Throws 404 unless the request may use the cart (see above); a missing cart is left to the route. */
export async function assertCartAccess(req: Req, cartId: string) {
  const owner = await cartOwner(req.scope, cartId)
  if (owner && owner !== actorCustomer(req)) throw notFound("Cart", cartId)
}

async function cartOfPaymentCollection(scope: Container, id: string): Promise<string | undefined> {
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "payment_collection", fields: ["id", "cart.id"], filters: { id } })
  return (data[0] as any)?.cart?.id
}

/**
 * Middleware for every store route that touches a cart: Medusa's /store/carts/:id and below,
 * shipping options (`cart_id` in the query or body), payment collections (`cart_id` in the body,
 * or the collection's cart), and the plugins' own cart routes under /store/carts/:id.
 */
export async function bindCartToOwner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as Record<string, unknown>
    // The full path: a middleware mounted on a prefix sees only the rest in `req.path`
    const path = req.originalUrl.split("?")[0]
    let cartId: unknown = path.startsWith("/store/carts/") ? req.params.id : (req.query?.cart_id ?? body.cart_id)
    if (!cartId && path.startsWith("/store/payment-collections/") && req.params.id) {
      cartId = await cartOfPaymentCollection(req.scope, req.params.id)
    }
    if (typeof cartId === "string" && cartId) await assertCartAccess(req, cartId)
    next()
  } catch (error) {
    next(error)
  }
}

function secret(scope: Container) {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any
  return String(config.projectConfig?.http?.jwtSecret ?? "supersecret")
}

/** The access token of a guest's order (the secret link's token). */
export function orderAccessToken(scope: Container, orderId: string) {
  return createHmac("sha256", secret(scope)).update(`order:${orderId}`).digest("base64url")
}

function sameToken(given: unknown, expected: string) {
  if (typeof given !== "string" || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** Throws 404 unless the request may see the order (its registered buyer, or a guest with its token). */
export async function assertOrderAccess(req: Req, orderId: string) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "customer_id", "customer.has_account"], filters: { id: orderId } })
  const order = data[0] as any
  if (!order) return
  const registered = order.customer_id && order.customer?.has_account
  const allowed = registered
    ? order.customer_id === actorCustomer(req)
    : sameToken(req.get(ORDER_TOKEN_HEADER), orderAccessToken(req.scope, order.id))
  if (!allowed) throw notFound("Order", orderId)
}

/** Middleware on the store routes that show an order by its id (`:id` or `:order_id`). */
export async function bindOrderToBuyer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertOrderAccess(req, req.params.id ?? req.params.order_id)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Middleware on cart completion: the order in the answer carries its access token, so the buyer
 * (and only the buyer, who completed the cart) can come back to a guest order through a secret link.
 * Medusa's route writes the answer itself; wrapping `res.json` is the one place to add to it.
 */
export function handOrderAccessToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    if (body?.type === "order" && body.order?.id) body.order.access_token = orderAccessToken(req.scope, body.order.id)
    return json(body)
  }) as typeof res.json
  next()
}

/**
 * The signed-in customer's own order of the route (`:id`) with `fields` of Medusa's query (its id
 * always), or 404 as for a missing one: another customer's order id grants nothing.
 */
export async function ownOrder(req: Req, fields: string[] = []) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", ...fields],
    filters: { id: req.params.id },
  })
  const order = (data as any[])[0]
  if (!order || order.customer_id !== req.auth_context?.actor_id) throw notFound("Order", req.params.id)
  return order
}
