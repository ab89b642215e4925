import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto"
import { deflateRawSync, inflateRawSync } from "node:zlib"
import { createCookie, createSession, type Session, type SessionStorage } from "react-router"
import type { MessageKey, Params } from "../i18n"

/** Used only outside production (or in the demo): never a real secret. */
export const DEFAULT_SESSION_SECRET = "ocop-storefront-development-secret-do-not-use"

/**
 * The secret that signs the session cookie. In production the default is refused (the server
 * does not start) unless OCOP_DEMO=1 says this is the throw-away demo.
 */
export function resolveSessionSecrets(env: NodeJS.ProcessEnv): string[] {
  const configured = (env.SESSION_SECRET ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter(Boolean)
  const production = env.NODE_ENV === "production"
  if (configured.length === 0 || configured[0] === DEFAULT_SESSION_SECRET) {
    if (production && env.OCOP_DEMO !== "1") {
      throw new Error(
        "SESSION_SECRET is not set: refusing to start the storefront in production with the default " +
          "session secret. Set SESSION_SECRET to a long random string (or OCOP_DEMO=1 for the demo).",
      )
    }
    return [DEFAULT_SESSION_SECRET]
  }
  if (production && configured[0].length < 32) {
    throw new Error("SESSION_SECRET must be at least 32 characters in production.")
  }
  // The first secret signs; older ones (comma-separated) still verify, for rotation.
  return configured
}

const secrets = resolveSessionSecrets(process.env)

export type Flash = { kind: "success" | "error"; key: MessageKey; params?: Params }

type SessionData = {
  cartId: string
  cartCount: number
  /** The customer's Medusa JWT (actor "customer", provider "emailpass"). */
  token: string
  customerName: string
  customerEmail: string
  /** A seller member's Medusa JWT (actor "seller"), for the seller portal; never sent to the browser. */
  sellerToken: string
  sellerEmail: string
  /** Orders placed from this browser, newest first: only they are shown to a guest. */
  orders: string[]
  /** cart id → order id, so a second submit of a completed checkout finds its order. */
  completed: Record<string, string>
  /** order id → the order's access token (a guest's secret link), for the orders of `orders`. */
  orderTokens: Record<string, string>
}

type FlashData = { flash: Flash }

export const SESSION_COOKIE = "ocop_session"

/**
 * The session lives in the cookie, encrypted and authenticated with AES-256-GCM (node:crypto):
 * the backend tokens it carries cannot be read from the cookie, nor can the cookie be forged or
 * altered. Why not a server-side store: the storefront reaches only the backend's HTTP API, not
 * its database, and must stay stateless across processes; an encrypted cookie needs no shared
 * state, and sign-out ends the tokens themselves in the backend (POST /auth/token/revoke), so a
 * copy of an old cookie opens nothing after sign-out either.
 *
 * One key per SESSION_SECRET (HKDF-SHA-256): the first encrypts, the others still decrypt (rotation).
 */
const KEYS = secrets.map((secret) =>
  Buffer.from(hkdfSync("sha256", secret, "ocop-storefront", "session cookie aes-256-gcm", 32)),
)
const IV_BYTES = 12
const TAG_BYTES = 16

export function sealSession(data: unknown): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv("aes-256-gcm", KEYS[0], iv)
  // Compressed first: two JWTs and the order list must fit the browser's 4 KB cookie limit.
  const body = Buffer.concat([cipher.update(deflateRawSync(JSON.stringify(data))), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")
}

/** The session's data, or null for a cookie that was altered, forged or sealed with a retired key. */
export function openSession(value: string): Record<string, unknown> | null {
  const raw = Buffer.from(value, "base64url")
  if (raw.length <= IV_BYTES + TAG_BYTES) return null
  for (const key of KEYS) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES))
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
      const data = JSON.parse(inflateRawSync(plain).toString("utf8"))
      return data && typeof data === "object" ? data : null
    } catch {
      // another key, or not ours
    }
  }
  return null
}

function storage(secure: boolean): SessionStorage<SessionData, FlashData> {
  // Not signed by the cookie helper: AES-GCM already authenticates the value.
  const cookie = createCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    // Thirty days: the cart survives closing the browser on a phone.
    maxAge: 60 * 60 * 24 * 30,
  })
  return {
    async getSession(cookieHeader) {
      const value = cookieHeader ? await cookie.parse(cookieHeader) : null
      const data = typeof value === "string" ? openSession(value) : null
      return createSession<SessionData, FlashData>((data ?? {}) as SessionData)
    },
    async commitSession(session, options) {
      return cookie.serialize(sealSession(session.data), options)
    },
    async destroySession(_session, options) {
      return cookie.serialize("", { ...options, maxAge: undefined, expires: new Date(0) })
    },
  }
}

const secureStorage = storage(true)
const plainStorage = storage(false)

/**
 * Secure cookies everywhere except plain-HTTP development and test hosts (localhost), where a
 * browser would drop them. COOKIE_SECURE=0/1 overrides.
 */
function storageFor(request: Request) {
  const override = process.env.COOKIE_SECURE
  if (override === "1") return secureStorage
  if (override === "0") return plainStorage
  const url = new URL(request.url)
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)
  return url.protocol === "https:" || !local ? secureStorage : plainStorage
}

export type AppSession = Session<SessionData, FlashData>

export function getSession(request: Request) {
  return storageFor(request).getSession(request.headers.get("Cookie"))
}

export async function commitSession(request: Request, session: AppSession) {
  return storageFor(request).commitSession(session)
}

export async function destroySession(request: Request, session: AppSession) {
  return storageFor(request).destroySession(session)
}

/** True when the request carries a session cookie (a cart or a sign-in): no shared caching. */
export function hasSessionCookie(request: Request) {
  const cookie = request.headers.get("Cookie") ?? ""
  return cookie.split(/;\s*/).some((part) => part.startsWith(`${SESSION_COOKIE}=`))
}

export function rememberOrder(session: AppSession, cartId: string, orderId: string, accessToken?: string | null) {
  const orders = [orderId, ...(session.get("orders") ?? []).filter((id) => id !== orderId)].slice(0, 20)
  session.set("orders", orders)
  const tokens = { ...(session.get("orderTokens") ?? {}), ...(accessToken ? { [orderId]: accessToken } : {}) }
  session.set("orderTokens", Object.fromEntries(Object.entries(tokens).filter(([id]) => orders.includes(id))))
  const completed = { ...(session.get("completed") ?? {}), [cartId]: orderId }
  const entries = Object.entries(completed).slice(-5)
  session.set("completed", Object.fromEntries(entries))
  session.unset("cartId")
  session.set("cartCount", 0)
}
