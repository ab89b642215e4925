/**
 * Web addresses a user stores (images, logos, videos, websites, live streams, documents): only
 * http: and https:, with a host and without credentials. `javascript:`, `data:`, `vbscript:`,
 * `file:`… are refused, because the storefront and the admin render these values as links and
 * images. No imports: the admin extensions use it too.
 */
export const WEB_PROTOCOLS = ["http:", "https:"] as const
export const MAX_URL_LENGTH = 2_000

export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

const ANY_CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/

export function parseWebUrl(value: unknown): URL | null {
  if (typeof value !== "string" || value.length > MAX_URL_LENGTH || ANY_CONTROL_CHARACTER.test(value)) return null
  try {
    const url = new URL(value.trim())
    if (!(WEB_PROTOCOLS as readonly string[]).includes(url.protocol)) return null
    if (!url.hostname || url.username || url.password) return null
    return url
  } catch {
    return null
  }
}

export function isWebUrl(value: unknown): value is string {
  return parseWebUrl(value) !== null
}
