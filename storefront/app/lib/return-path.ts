/**
 * The one place that decides where the storefront may send a browser back to after a sign-in, a
 * registration, a follow or a cart change: a path of this site, never another site.
 *
 * Browsers are lenient in ways a prefix check misses: they drop tabs and newlines anywhere in a URL
 * ("/\t/evil.example" becomes "//evil.example", another host), read "\" as "/", and resolve
 * "/.//evil" to "//evil". So the path is refused when it, or any percent-decoding of it, holds a
 * control character or a backslash, and it is resolved the way a browser would and kept only if it
 * stays on this origin with a single leading slash.
 */
const ORIGIN = "http://storefront.invalid"
const MAX_LENGTH = 500
/** C0 and C1 controls, DEL, line and paragraph separators, invisible format characters (bidi, zero width). */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u

/** A path of this site as written and as a browser resolves it ("/a/..//evil" is "//evil"). */
function resolvesHere(value: string): URL | null {
  if (!value.startsWith("/") || value.startsWith("//") || FORBIDDEN.test(value)) return null
  try {
    const url = new URL(value, ORIGIN)
    return url.origin === ORIGIN && !url.pathname.startsWith("//") ? url : null
  } catch {
    return null
  }
}

export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback
  const url = resolvesHere(value)
  if (!url) return fallback
  // Encoded twice or three times ("%252F") is still an attack; a browser or a second redirect may decode it.
  let decoded = value
  for (let layer = 0; layer < 3; layer++) {
    let next: string
    try {
      next = decodeURIComponent(decoded)
    } catch {
      return fallback
    }
    if (next === decoded) break
    if (!resolvesHere(next)) return fallback
    decoded = next
  }
  const resolved = url.pathname + url.search + url.hash
  // Resolving dot segments can bring an encoded slash to the front ("/./%2F" becomes "/%2F"): the
  // resolved path must pass the same checks.
  return resolved === value ? resolved : safeReturnPath(resolved, fallback)
}
