/**
 * The buyer's cart: its id lives in the session cookie (HttpOnly, SameSite=Lax); the cart itself
 * in Medusa. Every change is checked here first (quantity range, stock, the price the buyer saw),
 * so a bad request gets a message next to its field and leaves the cart as it was.
 */
import { getProductsById } from "./products.server"
import { livePrices, type LivePrice } from "./live.server"
import {
  authHeaders,
  errorMessage,
  isNotFound,
  requireVietnamRegionId,
  sdk,
  type StoreCart,
  type StoreCartAddress,
} from "./medusa.server"
import type { ProductSummary } from "./products"
import type { AppSession } from "./session.server"
import { MAX_QUANTITY, parseQuantity } from "./validation"
import { isMessageKey, type MessageKey, type Params } from "../i18n"

export type { StoreCart }

const CART_FIELDS =
  "+items.total,+items.subtotal,+items.metadata,+items.requires_shipping,+shipping_methods.name,+items.variant.metadata"

export type LineProblem = { key: MessageKey; params?: Params }

export type CartLine = {
  id: string
  productId: string | null
  variantId: string | null
  handle: string | null
  title: string
  titleEn: string | null
  variantTitle: string | null
  variantTitleEn: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
  /** Available units when stock is tracked. */
  available: number | null
  problem: LineProblem | null
  /** False for a booked service (community tourism): no address, no shipping fee. */
  requiresShipping: boolean
  /** The booked slot's start, for a service line. */
  slotStartsAt: string | null
  /** Priced by a live session's promotion: which session, until when. */
  livePrice: LivePrice | null
}

export type CartView = {
  id: string
  currency: string
  email: string | null
  lines: CartLine[]
  count: number
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
  shippingOptionId: string | null
  shippingAddress: StoreCartAddress | null
  completedAt: string | null
  hasProblems: boolean
  /** Whether any line is shipped: a cart of booked services only has no address or shipping step. */
  needsShipping: boolean
}

export type CartError = {
  field: "quantity" | "price" | "variant" | "line" | "slot"
  key: MessageKey
  params?: Params
}
export type CartResult = { ok: true; cart: StoreCart } | { ok: false; error: CartError }

/**
 * The cart `id`. A cart that belongs to a signed-in customer is reached only with their token
 * (`token`, from the session); a guest's cart with its id alone.
 */
export async function retrieveCart(id: string, token?: string | null): Promise<StoreCart | null> {
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, authHeaders(token))
    return cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The session's open cart; a missing or completed one is forgotten. */
export async function getSessionCart(session: AppSession): Promise<StoreCart | null> {
  const id = session.get("cartId")
  if (!id) return null
  const cart = await retrieveCart(id, session.get("token"))
  if (!cart || cart.completed_at) {
    session.unset("cartId")
    session.set("cartCount", 0)
    return null
  }
  return cart
}

async function createCart(session: AppSession) {
  const regionId = await requireVietnamRegionId()
  const { cart } = await sdk.store.cart.create(
    // A country up front, so shipping options for Vietnam can be listed before the address is typed.
    { region_id: regionId, shipping_address: { country_code: "vn" } },
    { fields: CART_FIELDS },
    authHeaders(session.get("token")),
  )
  session.set("cartId", cart.id)
  return cart
}

export function itemCount(cart: StoreCart | null) {
  return (cart?.items ?? []).reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
}

function syncCount(session: AppSession, cart: StoreCart) {
  session.set("cartCount", itemCount(cart))
}

function isInventoryError(error: unknown) {
  return /inventory/i.test(errorMessage(error))
}

function findVariant(product: ProductSummary | undefined, variantId: string) {
  return product?.variants.find((v) => v.id === variantId)
}

/**
 * Adds a variant. `expectedPrice` is the price the buyer saw (a hidden field): when it differs
 * from the current price, nothing is added and the buyer is told the real price. The cart always
 * uses the backend's price; nothing the browser sends can set one.
 */
export async function addItem(
  session: AppSession,
  input: {
    productId: unknown
    variantId: unknown
    quantity: unknown
    expectedPrice?: unknown
    slotId?: string | null
    /** Added from a live session's page: the line carries the session, whose orders are counted by it. */
    liveSessionId?: string | null
  },
): Promise<CartResult> {
  const quantity = parseQuantity(input.quantity)
  if (!quantity.ok)
    return { ok: false, error: { field: "quantity", key: quantity.error, params: { max: MAX_QUANTITY } } }
  if (typeof input.productId !== "string" || typeof input.variantId !== "string" || !input.variantId) {
    return { ok: false, error: { field: "variant", key: "error.variant.required" } }
  }
  const products = await getProductsById([input.productId])
  const product = products.get(input.productId)
  const variant = findVariant(product, input.variantId)
  if (!product || !variant) return { ok: false, error: { field: "variant", key: "error.product.unavailable" } }
  if (variant.price == null) return { ok: false, error: { field: "variant", key: "error.product.no_price" } }

  if (input.expectedPrice != null && input.expectedPrice !== "") {
    const seen = Number(String(input.expectedPrice).replace(/[^\d]/g, ""))
    if (!Number.isFinite(seen) || seen !== variant.price) {
      return { ok: false, error: { field: "price", key: "error.price.changed", params: { price: variant.price } } }
    }
  }

  let cart = await getSessionCart(session)
  const inCart = (cart?.items ?? [])
    .filter((item) => item.variant_id === variant.id)
    .reduce((s, i) => s + i.quantity, 0)
  if (variant.available != null && inCart + quantity.quantity > variant.available) {
    const left = Math.max(0, variant.available - inCart)
    return {
      ok: false,
      error: left
        ? { field: "quantity", key: "error.stock.only_left", params: { count: variant.available } }
        : {
            field: "quantity",
            key: inCart ? "error.stock.all_in_cart" : "error.stock.out",
            params: { count: variant.available },
          },
    }
  }
  if (inCart + quantity.quantity > MAX_QUANTITY) {
    return { ok: false, error: { field: "quantity", key: "error.quantity.max", params: { max: MAX_QUANTITY } } }
  }

  cart ??= await createCart(session)
  try {
    const { cart: updated } = await sdk.store.cart.createLineItem(
      cart.id,
      {
        variant_id: variant.id,
        quantity: quantity.quantity,
        // A booked service names its dated slot; the backend checks it and the places left.
        ...(input.slotId || input.liveSessionId
          ? {
              metadata: {
                ...(input.slotId ? { tourism_slot_id: input.slotId } : {}),
                ...(input.liveSessionId ? { live_session_id: input.liveSessionId } : {}),
              },
            }
          : {}),
      },
      { fields: CART_FIELDS },
      authHeaders(session.get("token")),
    )
    syncCount(session, updated)
    return { ok: true, cart: updated }
  } catch (error) {
    return cartRefusal(error, "slot")
  }
}

/**
 * A refused cart write as the page's sentence: out of stock on the quantity, a refused booking on
 * the field that chose it (the date when adding, the quantity when changing); anything else is thrown on.
 */
function cartRefusal(error: unknown, bookingField: "slot" | "quantity"): CartResult {
  if (isInventoryError(error)) return { ok: false, error: { field: "quantity", key: "error.stock.out" } }
  const slotRefusal = tourismRefusal(error)
  if (slotRefusal) return { ok: false, error: { field: bookingField, key: slotRefusal } }
  throw error
}

/** A refused booking (`tourism_slot (slot_full): …`) as the page's sentence. */
function tourismRefusal(error: unknown): MessageKey | null {
  const reason = /tourism_slot \((\w+)\)/.exec(errorMessage(error))?.[1]
  const key = reason ? `tourism.error.${reason}` : null
  return key && isMessageKey(key) ? key : null
}

export async function updateItem(session: AppSession, lineId: unknown, rawQuantity: unknown): Promise<CartResult> {
  const cart = await getSessionCart(session)
  const line = cart?.items?.find((item) => item.id === lineId)
  if (!cart || !line) return { ok: false, error: { field: "line", key: "error.line.missing" } }
  // 0 is refused like any out-of-range quantity (the Remove button removes): a mistyped
  // quantity must never empty a line the buyer wanted.
  const quantity = parseQuantity(rawQuantity)
  if (!quantity.ok)
    return { ok: false, error: { field: "quantity", key: quantity.error, params: { max: MAX_QUANTITY } } }

  if (quantity.quantity > line.quantity && line.product_id && line.variant_id) {
    const product = (await getProductsById([line.product_id])).get(line.product_id)
    const variant = findVariant(product, line.variant_id)
    if (!variant) return { ok: false, error: { field: "quantity", key: "error.line.unavailable" } }
    if (variant.available != null && quantity.quantity > variant.available) {
      return {
        ok: false,
        error: variant.available
          ? { field: "quantity", key: "error.stock.only_left", params: { count: variant.available } }
          : { field: "quantity", key: "error.stock.out" },
      }
    }
  }
  try {
    const { cart: updated } = await sdk.store.cart.updateLineItem(
      cart.id,
      line.id,
      { quantity: quantity.quantity },
      { fields: CART_FIELDS },
      authHeaders(session.get("token")),
    )
    syncCount(session, updated)
    return { ok: true, cart: updated }
  } catch (error) {
    return cartRefusal(error, "quantity")
  }
}

export async function removeItem(session: AppSession, lineId: unknown): Promise<CartResult> {
  const cart = await getSessionCart(session)
  const line = cart?.items?.find((item) => item.id === lineId)
  if (!cart || !line) return { ok: false, error: { field: "line", key: "error.line.missing" } }
  await sdk.store.cart.deleteLineItem(cart.id, line.id, {}, authHeaders(session.get("token")))
  const updated = (await retrieveCart(cart.id, session.get("token")))!
  syncCount(session, updated)
  return { ok: true, cart: updated }
}

/**
 * The cart as pages show it, each line checked against the current catalogue: a product that
 * was removed or unpublished, or stock lower than the quantity, becomes a message on that line.
 */
/**
 * The lines' products that cannot be sold as OCOP now, by the checkout's own rule (GET
 * /store/ocop/uncertified: two SQL statements for the whole cart), so the cart warns before the
 * backend refuses the order.
 */
async function uncertifiedProducts(productIds: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let start = 0; start < productIds.length; start += 100) {
    const { uncertified } = await sdk.client.fetch<{ uncertified: { product_id: string }[] }>(
      "/store/ocop/uncertified",
      { query: { product_id: productIds.slice(start, start + 100).join(",") } },
    )
    for (const product of uncertified) found.add(product.product_id)
  }
  return found
}

export async function describeCart(cart: StoreCart): Promise<CartView> {
  const items = cart.items ?? []
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))]
  // Medusa's adjustments name the promotion that priced each line: some are live session prices.
  const promotionIds = [
    ...new Set(items.flatMap((item) => (item.adjustments ?? []).map((adjustment) => adjustment.promotion_id))),
  ].filter((id): id is string => Boolean(id))
  const [products, uncertified, sessionPrices] = await Promise.all([
    getProductsById(productIds),
    uncertifiedProducts(productIds),
    livePrices(promotionIds),
  ])
  const lines: CartLine[] = items
    .map((item) => {
      const product = item.product_id ? products.get(item.product_id) : undefined
      const variant = item.variant_id ? findVariant(product, item.variant_id) : undefined
      let problem: LineProblem | null = null
      if (!product || !variant) problem = { key: "error.line.unavailable" }
      else if (item.product_id && uncertified.has(item.product_id)) problem = { key: "error.line.uncertified" }
      else if (variant.stock === "out_of_stock") problem = { key: "error.line.out_of_stock" }
      else if (variant.available != null && variant.available < item.quantity) {
        problem = { key: "error.line.only_left", params: { count: variant.available } }
      }
      return {
        id: item.id,
        productId: item.product_id ?? null,
        variantId: item.variant_id ?? null,
        handle: product?.handle ?? item.product_handle ?? null,
        title: item.product_title ?? item.title ?? "",
        titleEn: product?.titleEn ?? null,
        variantTitle: item.variant_title ?? null,
        variantTitleEn: variant?.titleEn ?? null,
        thumbnail: item.thumbnail ?? product?.thumbnail ?? null,
        quantity: item.quantity,
        unitPrice: Number(item.unit_price ?? 0),
        total: Number(item.total ?? Number(item.unit_price ?? 0) * item.quantity),
        available: variant?.available ?? null,
        problem,
        requiresShipping: item.requires_shipping !== false,
        slotStartsAt: typeof item.metadata?.tourism_starts_at === "string" ? item.metadata.tourism_starts_at : null,
        livePrice:
          sessionPrices.find((price) =>
            (item.adjustments ?? []).some((adjustment) => adjustment.promotion_id === price.promotionId),
          ) ?? null,
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
  return {
    id: cart.id,
    currency: cart.currency_code ?? "vnd",
    email: cart.email ?? null,
    lines,
    count: itemCount(cart),
    itemTotal: Number(cart.item_total ?? 0),
    shippingTotal: Number(cart.shipping_total ?? 0),
    taxTotal: Number(cart.tax_total ?? 0),
    total: Number(cart.total ?? 0),
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    shippingAddress: cart.shipping_address ?? null,
    completedAt: cart.completed_at ? String(cart.completed_at) : null,
    hasProblems: lines.some((line) => line.problem),
    needsShipping: lines.some((line) => line.requiresShipping),
  }
}

/** After sign-in: the guest cart becomes the customer's. */
export async function attachCartToCustomer(session: AppSession) {
  const id = session.get("cartId")
  const token = session.get("token")
  if (!id || !token) return
  try {
    await sdk.store.cart.transferCart(id, {}, authHeaders(token))
  } catch (error) {
    console.warn("[cart] could not transfer the cart to the customer:", errorMessage(error))
  }
}
