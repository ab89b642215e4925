/**
 * Cache policy. Anonymous catalogue pages (home, listings, product, producer, OCOP pages) may
 * be cached by browsers and shared caches for a short time and served stale while revalidating;
 * anything with a session (cart, sign-in), any form post and any error is private and not stored.
 */
import { hasSessionCookie } from "./session.server"

export const PUBLIC_CACHE = "public, max-age=60, s-maxage=120, stale-while-revalidate=600"
export const PRIVATE_NO_STORE = "private, no-store"

export const publicCache = { "Cache-Control": PUBLIC_CACHE }
export const privateNoStore = { "Cache-Control": PRIVATE_NO_STORE }

/** Route `headers` export: pass the loader's (or action's) Cache-Control on to the response. */
export function cacheHeaders({ loaderHeaders, actionHeaders }: { loaderHeaders: Headers; actionHeaders: Headers }) {
  const value = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control")
  return value ? { "Cache-Control": value } : new Headers()
}

/** Applied to every response by the root middleware: the final say on caching. */
export function applyCachePolicy(request: Request, response: Response) {
  const method = request.method.toUpperCase()
  const current = response.headers.get("Cache-Control") ?? ""
  let policy = PRIVATE_NO_STORE
  if ((method === "GET" || method === "HEAD") && response.status === 200 && current.startsWith("public")) {
    policy = hasSessionCookie(request) || response.headers.has("Set-Cookie") ? "private, no-cache" : current
  } else if ((method === "GET" || method === "HEAD") && response.status === 200 && current) {
    policy = current
  }
  try {
    response.headers.set("Cache-Control", policy)
    if (policy.startsWith("public")) response.headers.append("Vary", "Cookie")
    return response
  } catch {
    // Immutable headers (a proxied Response): copy it.
    const copy = new Response(response.body, response)
    copy.headers.set("Cache-Control", policy)
    if (policy.startsWith("public")) copy.headers.append("Vary", "Cookie")
    return copy
  }
}

/** The storefront's public origin: PUBLIC_STOREFRONT_URL behind a proxy, else the request's. */
export function publicOrigin(request: Request) {
  const configured = process.env.PUBLIC_STOREFRONT_URL
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // fall through
    }
  }
  return new URL(request.url).origin
}
