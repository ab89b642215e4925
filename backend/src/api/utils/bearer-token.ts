import type { MedusaRequest } from "@medusajs/framework/http"

/** The bearer token of a request, or null. */
export function bearerToken(req: MedusaRequest) {
  const header = req.headers.authorization
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match ? match[1] : null
}

/** When a JWT expires (its `exp` claim), read without verifying: the caller has verified it. */
export function tokenExpiry(token: string, fallbackSeconds = 60 * 60 * 24): Date {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    if (typeof payload.exp === "number") return new Date(payload.exp * 1000)
  } catch {
    // not a JWT: fall through
  }
  return new Date(Date.now() + fallbackSeconds * 1000)
}
