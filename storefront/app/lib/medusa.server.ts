import Medusa, { FetchError } from "@medusajs/js-sdk"
import { RefusalError, sendJson as sendBackendJson, type BrokenRuleFacts } from "@ocop/reference"

/**
 * The backend client, used only from loaders and actions (server side). It never stores a
 * customer token ("nostore"): each call that acts for a customer passes the token from the
 * buyer's own session cookie in its headers (see authHeaders), so buyers cannot leak into each other.
 */
export const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
export const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY

export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

let vietnamRegionId: Promise<string | undefined> | undefined

/** The Vietnam (VND) region, whose prices the storefront shows by default. */
export function getVietnamRegionId() {
  vietnamRegionId ??= sdk.store.region
    .list({ fields: "id,currency_code" })
    .then(({ regions }) => regions.find((region) => region.currency_code === "vnd")?.id)
    .catch((error) => {
      vietnamRegionId = undefined
      throw error
    })
  return vietnamRegionId
}

export async function requireVietnamRegionId() {
  const id = await getVietnamRegionId()
  if (!id) {
    vietnamRegionId = undefined
    throw new Error("The backend has no region in VND (Vietnam); run the seed.")
  }
  return id
}

/** Headers for a call made on behalf of a signed-in customer. */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * The visitor's address as the storefront's own reverse proxy reported it (the last hop of
 * X-Forwarded-For), passed on to the backend: its per-address sign-in limits then count visitors,
 * not the storefront server that all of them come through. Without a proxy nothing is passed.
 */
function forwardedFor(request: Request | undefined): Record<string, string> {
  const visitor = request?.headers.get("x-forwarded-for")?.split(",").pop()?.trim()
  return visitor ? { "x-forwarded-for": visitor } : {}
}

/**
 * Medusa's password sign-in (`POST /auth/{actor}/emailpass`), as `sdk.auth.login` but with the
 * visitor's address. A token, or what else the backend asks for (another step), as an object.
 */
export async function passwordSignIn(actor: "customer" | "seller", email: string, password: string, request?: Request) {
  const result = await sdk.client.fetch<{ token?: string }>(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: { email, password },
    headers: forwardedFor(request),
  })
  return typeof result.token === "string" ? result.token : result
}

/**
 * Medusa's password registration (`POST /auth/{actor}/emailpass/register`), as `sdk.auth.register`
 * but with the visitor's address, which the backend's limit on new accounts per address counts.
 */
export async function passwordRegister(
  actor: "customer" | "seller",
  email: string,
  password: string,
  request?: Request,
) {
  const { token } = await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass/register`, {
    method: "POST",
    body: { email, password },
    headers: forwardedFor(request),
  })
  return token
}

/**
 * Ends a backend token for good (sign-out): the backend refuses it from then on, so a copy of an
 * old session cookie opens nothing. A token the backend no longer accepts is already ended.
 */
export async function revokeToken(token: string | undefined) {
  if (!token) return
  try {
    await sdk.client.fetch("/auth/token/revoke", { method: "POST", headers: authHeaders(token) })
  } catch (error) {
    if (errorStatus(error) !== 401) throw error
  }
}

/**
 * A JSON write to the backend, as `sdk.client.fetch` but keeping the refusal's `rules`, so that
 * the page can say each broken rule with its facts (see ./refusals).
 */
export function sendJson<T>(
  path: string,
  init: { method: string; body?: unknown; headers?: Record<string, string> },
): Promise<T> {
  const publishable: Record<string, string> = PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}
  return sendBackendJson<T>(BACKEND_URL, path, { ...init, headers: { ...publishable, ...init.headers } })
}

/** The broken rules a refusal lists, if the backend listed them. */
export function errorRules(error: unknown): BrokenRuleFacts[] {
  return error instanceof RefusalError ? error.rules : []
}

export function errorStatus(error: unknown) {
  return error instanceof FetchError || error instanceof RefusalError ? error.status : undefined
}

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}

export function isNotFound(error: unknown) {
  return errorStatus(error) === 404
}

export { FetchError }

// Store API types, derived from the SDK (so @medusajs/types need not be a direct dependency).
type Store = Medusa["store"]
export type StoreCart = Awaited<ReturnType<Store["cart"]["retrieve"]>>["cart"]
export type StoreCartAddress = NonNullable<StoreCart["shipping_address"]>
export type StoreCustomer = Awaited<ReturnType<Store["customer"]["retrieve"]>>["customer"]
export type StoreShippingOption = Awaited<
  ReturnType<Store["fulfillment"]["listCartOptions"]>
>["shipping_options"][number]
