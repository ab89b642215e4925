import { createHmac, timingSafeEqual } from "node:crypto"

const PREFIX = "tbook_"

/**
 * A booking's voucher code: the booking's unique part and an HMAC-SHA256 of the booking id under
 * the server's secret, so that a code cannot be made up from an id (ids are not secrets) and a typo
 * is refused before any lookup.
 */
export function voucherCode(bookingId: string, secret: string): string {
  return `${bookingId.slice(PREFIX.length)}.${signature(bookingId, secret)}`
}

/**
 * The booking id a voucher code stands for, or null when the code is not one this server signed.
 * Takes the code as typed, or the check-in link its QR code carries (`…?code=<code>`).
 */
export function readVoucherCode(input: string, secret: string): string | null {
  const code = /[?&]code=([^&#\s]+)/.exec(input)?.[1] ?? input
  const match = /^([0-9A-Z]{26})\.([A-Za-z0-9_-]{16})$/.exec(decodeURIComponent(code).trim())
  if (!match) return null
  const bookingId = `${PREFIX}${match[1]}`
  const expected = Buffer.from(signature(bookingId, secret))
  const given = Buffer.from(match[2])
  return given.length === expected.length && timingSafeEqual(given, expected) ? bookingId : null
}

/**
 * What the voucher's QR code holds: the seller portal's check-in page with the code filled in, so a
 * phone's camera opens it at the cooperative's desk (STOREFRONT_URL, else the local storefront).
 */
export function voucherCheckInUrl(code: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${env.STOREFRONT_URL || "http://localhost:3000"}/seller/tourism?code=${encodeURIComponent(code)}`
}

function signature(bookingId: string, secret: string) {
  return createHmac("sha256", secret).update(`tourism-voucher:${bookingId}`).digest("base64url").slice(0, 16)
}

/** The secret vouchers are signed with: the server's JWT secret (set in production, per environment). */
export function voucherSecret(container: { resolve: (key: string) => unknown }): string {
  const config = container.resolve("configModule") as { projectConfig?: { http?: { jwtSecret?: string } } }
  return config.projectConfig?.http?.jwtSecret || "supersecret"
}
