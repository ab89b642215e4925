import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const READ_TIMEOUT_MS = Number(process.env.OCOP_READ_TIMEOUT_MS ?? 10_000)

/**
 * Answers 503 to a read that has no answer after 10 s.
 *
 * Why (failure drill "database restarted under load", drills-process.spec.ts): while PostgreSQL
 * is down, Medusa's knex pool is built with `propagateCreateError: false` and knex's default 60 s
 * acquire timeout, which Medusa's config does not expose: every request waited a minute. Reads
 * are safe to abandon, so the buyer gets a clean 503 to retry; writes are left alone (an order
 * being placed must not be reported as failed while it completes).
 */
export function readTimeout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const timer = setTimeout(() => {
    if (!res.headersSent) {
      res.status(503).json({ type: "unavailable", message: "The service is temporarily unavailable; please try again" })
    }
  }, READ_TIMEOUT_MS)
  res.once("close", () => clearTimeout(timer))
  next()
}
