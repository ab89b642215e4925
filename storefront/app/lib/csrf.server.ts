/**
 * Cross-site request forgery guard for every state-changing request (all actions): the browser's
 * Origin header (or, failing that, the Referer) must be this storefront's own origin. Browsers
 * send Origin on every cross-site and same-site POST; a request with neither header is refused.
 * Together with SameSite=Lax session cookies this stops forms posted from other sites.
 */
import { data } from "react-router"

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

/** This storefront's origins: the request's own, plus PUBLIC_STOREFRONT_URL behind a proxy. */
export function allowedOrigins(request: Request, env: NodeJS.ProcessEnv = process.env) {
  const origins = new Set<string>([new URL(request.url).origin])
  for (const value of [env.PUBLIC_STOREFRONT_URL, env.STOREFRONT_URL]) {
    if (!value) continue
    try {
      origins.add(new URL(value).origin)
    } catch {
      // ignore a malformed setting
    }
  }
  return origins
}

export type OriginCheck = { ok: true } | { ok: false; reason: string }

export function checkSameOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): OriginCheck {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true }
  const allowed = allowedOrigins(request, env)
  const origin = request.headers.get("Origin")
  if (origin && origin !== "null") {
    return allowed.has(origin) ? { ok: true } : { ok: false, reason: `foreign origin ${origin}` }
  }
  if (origin === "null") return { ok: false, reason: "opaque origin" }
  const referer = request.headers.get("Referer")
  if (referer) {
    try {
      const refererOrigin = new URL(referer).origin
      return allowed.has(refererOrigin) ? { ok: true } : { ok: false, reason: `foreign referer ${refererOrigin}` }
    } catch {
      return { ok: false, reason: "malformed referer" }
    }
  }
  return { ok: false, reason: "no Origin or Referer header" }
}

/** Throws a 403 response when a state-changing request does not come from this site. */
export function assertSameOrigin(request: Request) {
  const check = checkSameOrigin(request)
  if (!check.ok) {
    console.warn(`[csrf] refused ${request.method} ${new URL(request.url).pathname}: ${check.reason}`)
    throw data({ csrf: true, reason: check.reason }, { status: 403, statusText: "Forbidden" })
  }
}
