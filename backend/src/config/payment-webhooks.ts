/** Medusa's own delay before it handles a payment webhook (`webhook_delay` of the Payment Module). */
export const DEFAULT_WEBHOOK_DELAY_MS = 5_000

/**
 * How long Medusa waits before handling a payment provider's webhook: by default its own 5 s, so
 * that the buyer's return page completes the cart first and the webhook finds the order placed.
 * PAYMENT_WEBHOOK_DELAY_MS (tests only) shortens it. Medusa treats 0 as "unset" (its 5 s), so the
 * shortest is 1 ms.
 */
export function webhookDelay(env: NodeJS.ProcessEnv) {
  const delay = Number(env.PAYMENT_WEBHOOK_DELAY_MS)
  return Number.isInteger(delay) && delay > 0 ? delay : DEFAULT_WEBHOOK_DELAY_MS
}
