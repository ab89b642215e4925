/**
 * The seller portal's calls to the marketplace API (/sellers/*, plugins/marketplace), as the
 * signed-in seller member (actor "seller", provider "emailpass"). The member's JWT lives only in
 * the HttpOnly session cookie and is sent per call, like the customer's (see customer.server.ts).
 */
import { redirect } from "react-router"
import { localePath, type Lang, type MessageKey } from "../i18n"
import { isPickupName } from "./checkout.server"
import {
  authHeaders,
  errorMessage,
  errorStatus,
  passwordRegister,
  passwordSignIn,
  revokeToken,
  sdk,
  sendJson,
} from "./medusa.server"
import { namesIn, type EnglishNames } from "./products.server"
import { refusalText } from "./refusals.server"
import type { UploadedImage } from "./seller"
import { commitSession, getSession, hasSessionCookie, type AppSession } from "./session.server"
import type { ReturnRequest, SellerTradeItem, VatInvoice } from "@ocop/reference"

export type SellerStatus = "pending" | "approved" | "rejected"
export type SellerRole = "owner" | "staff" | "accountant"

export interface Seller {
  id: string
  legal_name: string
  type: string
  tax_code: string
  status: SellerStatus
  rejection_reason?: string | null
  email: string
  phone?: string | null
}

export interface SellerMember {
  id: string
  email: string
  role: SellerRole
}

export interface SellerDashboard {
  orders_today: number
  low_stock: { variant_id: string; title: string; sku: string | null; stock: number }[]
  expiring_certificates: { product_id: string; title: string; expires_at: string; days_left: number }[]
}

export interface SellerVariant {
  id: string
  title: string
  /** The English name, shown on /en (null: the Vietnamese one is). */
  title_en?: string | null
  sku: string | null
  price_vnd: number
  stock: number
}

export interface SellerImage {
  url: string
  metadata?: Record<string, unknown> | null
}

export interface SellerProduct {
  id: string
  title: string
  title_en?: string | null
  description?: string | null
  status: string
  published?: boolean
  images?: SellerImage[]
  variants: SellerVariant[]
}

export interface SellerOrderLine {
  id: string
  product_id?: string | null
  variant_id?: string | null
  title: string
  variant_title?: string | null
  sku?: string | null
  quantity: number
  unit_price: number
}

export type SellerOrderStatus = "pending" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled"

/** The seller's part of an order under its own id and number: its own lines and shipment only. */
export interface SellerOrder {
  id: string
  number: string
  placed_at: string
  status: SellerOrderStatus
  cancel_reason?: string | null
  /** Where the buyer asked the order to be delivered (null when the order has none). */
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
  } | null
  /** The delivery the buyer chose, by its name ("Nhận tại hợp tác xã" for a pickup); null when none. */
  shipping_method?: string | null
  /** Every line is a service (community tourism): not shipped, its vouchers are checked in. */
  services_only?: boolean
  items: SellerOrderLine[]
  shipment: { tracking_number: string | null; carrier: string | null; shipped_at: string | null } | null
  payout?: { gross: number; net: number }
}

/**
 * Seller orders with their lines named in the page's language (an order keeps the Vietnamese names
 * it was placed with): the English names the catalogue holds now on English pages.
 */
export async function ordersNamedIn<O extends { items: SellerOrderLine[] }>(lang: Lang, token: string, orders: O[]) {
  const names = await namesIn(
    lang,
    orders.flatMap((order) => order.items.map((item) => item.product_id)),
    ownProductNames(token),
  )
  return orders.map((order) => ({
    ...order,
    items: order.items.map((item) => ({
      ...item,
      title: names.product(item.product_id, item.title),
      variant_title: names.variant(item.product_id, item.variant_id, item.variant_title ?? null),
    })),
  }))
}

/**
 * Return requests with their lines named in the page's language. A return's lines name the order
 * lines they return; on English pages their products are found on the seller's order parts (one
 * request a part), then named as the order's lines are.
 */
export async function returnsNamedIn(lang: Lang, token: string, requests: ReturnRequest[]) {
  if (lang !== "en" || !requests.length) return requests
  const parts = await Promise.all(
    [...new Set(requests.map((request) => request.seller_order_id))].map((id) =>
      sellerApi<{ order: SellerOrder }>(token, `/sellers/me/orders/${encodeURIComponent(id)}`)
        .then((answer) => answer.order)
        .catch(() => null),
    ),
  )
  const items = new Map(parts.flatMap((part) => part?.items ?? []).map((item) => [item.id, item]))
  const names = await namesIn(
    lang,
    [...items.values()].map((item) => item.product_id),
    ownProductNames(token),
  )
  return requests.map((request) => ({
    ...request,
    lines: request.lines.map((line) => {
      const item = items.get(line.item_id)
      return {
        ...line,
        title: names.product(item?.product_id, line.title),
        variant_title: names.variant(item?.product_id, item?.variant_id, line.variant_title),
      }
    }),
  }))
}

/** A variant of the seller's products with its GTIN when it has one (GET /sellers/me/trade-items). */
export type { SellerTradeItem }

/** Every variant of the seller's products with its GTIN, named in the page's language. */
export async function sellerTradeItems(lang: Lang, token: string): Promise<SellerTradeItem[]> {
  const { variants } = await sellerApi<{ variants: SellerTradeItem[] }>(token, "/sellers/me/trade-items")
  const names = await namesIn(
    lang,
    variants.map((variant) => variant.product_id),
    ownProductNames(token),
  )
  return variants.map((variant) => ({
    ...variant,
    product_title: names.product(variant.product_id, variant.product_title),
    variant_title: names.variant(variant.product_id, variant.variant_id, variant.variant_title),
  }))
}

/**
 * The heading of a seller order's address: where the buyer asked it delivered, or, when the buyer
 * chose to pick it up, the cooperative's address where it is picked up.
 */
export function sellerOrderAddressLabel(order: Pick<SellerOrder, "shipping_method">): MessageKey {
  return isPickupName(order.shipping_method) ? "seller.pickup_at" : "seller.ship_to"
}

/** Wholesale: the VAT invoice details and the bank transfer of a seller's part of an order. */
export interface SellerOrderPayment {
  vat_invoice: VatInvoice | null
  bank_transfer: {
    reference: string
    part_amount: number
    received: number | null
    confirmed_at: string | null
    status: "awaiting_transfer" | "received"
  } | null
}

export interface PayoutLine {
  /** The seller's order part (its own id and number). */
  id: string
  number: string
  gross: number
  commission: number
  withholding_vat: number
  withholding_pit: number
  refunds: number
  /** Return shipping the seller pays for goods sent back through its fault. */
  return_shipping: number
  net: number
}

export interface PayoutLedger {
  lines: PayoutLine[]
  totals: Omit<PayoutLine, "id" | "number">
}

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

/** A JSON call to the marketplace API as the member holding `token`. */
export function sellerApi<T>(token: string, path: string, init: Init = {}): Promise<T> {
  // A write may be refused by the marketplace's rules: keep the rules it lists for the page.
  if (init.method && init.method !== "GET" && !init.query)
    return sendJson<T>(path, { method: init.method, body: init.body, headers: authHeaders(token) })
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: authHeaders(token),
  })
}

/**
 * The signed-in seller's own products by id with their English names, for `namesIn` on portal
 * pages: it reads only the products the shop does not list (drafts, unpublished), one request each.
 */
export function ownProductNames(token: string) {
  return async (ids: string[]): Promise<Map<string, EnglishNames>> => {
    const products = await Promise.all(
      ids.map((id) =>
        sellerApi<{ product: SellerProduct }>(token, `/sellers/me/products/${encodeURIComponent(id)}`)
          .then((answer) => answer.product)
          .catch(() => null),
      ),
    )
    return new Map(
      products
        .filter((product): product is SellerProduct => Boolean(product))
        .map((product) => [
          product.id,
          {
            titleEn: product.title_en ?? null,
            variants: product.variants.map((variant) => ({ id: variant.id, titleEn: variant.title_en ?? null })),
          },
        ]),
    )
  }
}

/** A multipart upload (`files`) as the member: the browser's files are passed on unchanged. */
export function sellerUpload<T>(token: string, path: string, files: File[]): Promise<T> {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  // No content-type: fetch writes the multipart boundary itself.
  return sdk.client.fetch<T>(path, {
    method: "POST",
    body: form,
    headers: { ...authHeaders(token), "content-type": null } as any,
  })
}

/** A non-JSON download (the payout statement CSV), as the backend's raw response. */
export function sellerDownload(token: string, path: string, query: Record<string, string>): Promise<Response> {
  return sdk.client.fetch<Response>(path, { query, headers: { ...authHeaders(token), accept: "text/csv" } })
}

/** The files of a multipart field that were actually chosen (an empty file input sends one empty File). */
export function chosenFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((value): value is File => typeof value !== "string" && value.size > 0)
}

/** The seller portal's sign-out: the token is ended in the backend, then forgotten here. */
export async function signOutSeller(session: AppSession) {
  await revokeToken(session.get("sellerToken"))
  forgetSeller(session)
}

export function forgetSeller(session: AppSession) {
  session.unset("sellerToken")
  session.unset("sellerEmail")
}

/**
 * For portal pages: the member, its seller and token, or a redirect to the seller sign-in (and
 * back here afterwards). Pages other than the pending one need an approved seller.
 */
export async function requireSeller(request: Request, url: URL, lang: Lang, { approved = true } = {}) {
  const session = await getSession(request)
  const token = session.get("sellerToken")
  let me: { seller: Seller; member: SellerMember } | null = null
  if (token) {
    try {
      me = await sellerApi(token, "/sellers/me")
    } catch (error) {
      const status = errorStatus(error)
      if (status !== 401 && status !== 403 && status !== 404) throw error
      forgetSeller(session)
    }
  }
  if (!me) {
    const next = url.pathname + url.search
    const cookie = hasSessionCookie(request) ? { "Set-Cookie": await commitSession(request, session) } : undefined
    throw redirect(`${localePath(lang, "/seller/login")}?next=${encodeURIComponent(next)}`, { headers: cookie })
  }
  if (approved && me.seller.status !== "approved") throw redirect(localePath(lang, "/seller/pending"))
  return { session, token: token!, ...me }
}

export type SellerAuthResult = { ok: true } | { ok: false; field: "email" | "password" | "form"; key: MessageKey }

export async function signInSeller(
  session: AppSession,
  email: string,
  password: string,
  request?: Request,
): Promise<SellerAuthResult> {
  try {
    const token = await passwordSignIn("seller", email, password, request)
    if (typeof token !== "string") return { ok: false, field: "form", key: "error.login.unsupported" }
    session.set("sellerToken", token)
    session.set("sellerEmail", email)
    return { ok: true }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 400) return { ok: false, field: "password", key: "error.login.failed" }
    if (status === 429) return { ok: false, field: "form", key: "error.login.rate_limited" }
    throw error
  }
}

export interface SellerRegistration {
  email: string
  password: string
  legal_name: string
  type: string
  tax_code: string
  phone: string
  address: { address_1: string; province_code: string }
  bank_account: { bank_name: string; account_number: string; account_holder: string }
  story?: string
}

export type RegistrationResult =
  | { ok: true; documentsRefused?: string }
  | Exclude<SellerAuthResult, { ok: true }>
  | { ok: false; field: "backend"; message: string }

/**
 * Registers the member's identity, creates the seller (pending), signs in again so the token
 * carries the actor, then uploads the registration documents.
 */
export async function registerSeller(
  session: AppSession,
  { email, password, ...seller }: SellerRegistration,
  documents: File[],
  lang: Lang,
  request?: Request,
): Promise<RegistrationResult> {
  let registrationToken: string
  try {
    registrationToken = await passwordRegister("seller", email, password, request)
  } catch (error) {
    if (/exist/i.test(errorMessage(error))) return { ok: false, field: "email", key: "error.email.taken" }
    if (errorStatus(error) === 429) return { ok: false, field: "form", key: "error.register.rate_limited" }
    throw error
  }
  try {
    await sellerApi(registrationToken, "/sellers", { method: "POST", body: { ...seller, email } })
  } catch (error) {
    return { ok: false, field: "backend", message: refusal(error, lang) }
  }
  const signedIn = await signInSeller(session, email, password)
  if (!signedIn.ok) return signedIn
  if (documents.length) {
    // The seller exists by now: a refused document does not undo the registration, it is reported.
    try {
      await sellerUpload(session.get("sellerToken")!, "/sellers/me/documents", documents)
    } catch (error) {
      return { ok: true, documentsRefused: refusal(error, lang) }
    }
  }
  return { ok: true }
}

/** The backend's refusal (a 4xx) as a sentence in the page's language, or a rethrow for anything else. */
export function refusal(error: unknown, lang: Lang): string {
  return refusalText(error, lang)
}

/**
 * What a product image keeps of its upload: the storefront's imageView() builds srcset from
 * metadata.variants, so only the WebP renditions go there (a mixed-format srcset could pick AVIF
 * in a browser without it).
 */
export function productImageFromUpload(image: UploadedImage): SellerImage {
  return {
    url: image.url,
    metadata: {
      width: image.width,
      height: image.height,
      variants: image.variants.filter((v) => v.format === "webp").map(({ url, width }) => ({ url, width })),
      avif: image.variants.filter((v) => v.format === "avif").map(({ url, width }) => ({ url, width })),
    },
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** A payout period "YYYY-MM": the one asked for, else this month in Vietnam. */
export function payoutPeriod(value: string | null, now = new Date()) {
  if (value && MONTH.test(value)) return value
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit" }).format(
    now,
  )
}
