import { MedusaError } from "@medusajs/framework/utils"

/** The code of the refusal when an author has sent the hourly number of messages. */
export const RATE_LIMITED = "message_rate_limited"

/** Too many messages this hour: a 400 in Medusa's terms, answered as 429 by the routes (see isRateLimited). */
export function rateLimited(perHour: number): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `body (rate_limit): you can send at most ${perHour} messages an hour; try again later`,
    RATE_LIMITED,
  )
}

export function isRateLimited(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === RATE_LIMITED
}
