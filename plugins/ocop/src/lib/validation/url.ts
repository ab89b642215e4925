import { z } from "@medusajs/framework/zod"
import { hasControlCharacters, TEXT_LIMITS } from "./text"

/**
 * Addresses a user stores (images, logos, videos, websites, live streams, documents): only http:
 * and https:, with a host and without credentials. `javascript:`, `data:`, `vbscript:`, `file:`…
 * are refused, because the storefront and the admin render these values as links and images.
 */
export const WEB_PROTOCOLS = ["http:", "https:"] as const

export function parseWebUrl(value: unknown): URL | null {
  if (typeof value !== "string" || value.length > TEXT_LIMITS.url || hasControlCharacters(value)) return null
  try {
    const url = new URL(value.trim())
    if (!(WEB_PROTOCOLS as readonly string[]).includes(url.protocol)) return null
    if (!url.hostname || url.username || url.password) return null
    return url
  } catch {
    return null
  }
}

export function isWebUrl(value: unknown): boolean {
  return parseWebUrl(value) !== null
}

export function isHttpsUrl(value: unknown): boolean {
  return parseWebUrl(value)?.protocol === "https:"
}

/** An http(s) address; the message names what is expected. */
export function webUrl(message = "an http:// or https:// address") {
  return z.string().trim().max(TEXT_LIMITS.url, `at most ${TEXT_LIMITS.url} characters`).refine(isWebUrl, message)
}

/** An https address only (live streams, embeds). */
export function httpsUrl(message = "an https:// address") {
  return z.string().trim().max(TEXT_LIMITS.url, `at most ${TEXT_LIMITS.url} characters`).refine(isHttpsUrl, message)
}
