/**
 * Stored addresses (product images, story photos and videos, live-stream links, trace attachments)
 * are rendered only when they are http(s), or a path on this site. The backend refuses any other
 * scheme when they are saved; this keeps a value stored before that rule, or altered in the
 * database, from becoming a `javascript:` link or a `data:` frame on a page.
 */

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const url = value.trim()
  if (!url || CONTROL.test(url) || url.includes("\\")) return undefined
  // A path on this site ("/static/…"), never a protocol-relative "//host".
  if (url.startsWith("/")) return url.startsWith("//") ? undefined : url
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? url : undefined
  } catch {
    return undefined
  }
}

/** A srcset whose every candidate is a safe address; otherwise none (the `src` still shows). */
export function safeSrcSet(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const candidates = value.split(",").map((candidate) => candidate.trim())
  return candidates.every((candidate) => safeUrl(candidate.split(/\s+/)[0])) ? value : undefined
}
