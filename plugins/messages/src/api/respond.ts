import type { MedusaResponse } from "@medusajs/framework/http"
import { isRateLimited } from "../lib/errors"

/**
 * Runs a write and answers its refusal for too many messages as 429 with a sentence (Medusa's
 * error handler has no 429); any other error goes on to it.
 */
export async function refuseWhenRateLimited<T>(res: MedusaResponse, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write()
  } catch (error) {
    if (!isRateLimited(error)) throw error
    res.setHeader("Retry-After", "3600")
    res.status(429).json({
      type: "too_many_requests",
      code: "message_rate_limited",
      message: (error as Error).message,
    })
    return undefined
  }
}
