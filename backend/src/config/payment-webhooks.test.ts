import { describe, expect, it } from "vitest"
import { DEFAULT_WEBHOOK_DELAY_MS, webhookDelay } from "./payment-webhooks"

describe("payment webhook delay", () => {
  it("is Medusa's 5 s unless PAYMENT_WEBHOOK_DELAY_MS gives a positive whole number of milliseconds", () => {
    expect(DEFAULT_WEBHOOK_DELAY_MS).toBe(5_000)
    expect(webhookDelay({})).toBe(5_000)
    for (const bad of ["", "0", "-1", "1.5", "soon"])
      expect(webhookDelay({ PAYMENT_WEBHOOK_DELAY_MS: bad })).toBe(5_000)
    expect(webhookDelay({ PAYMENT_WEBHOOK_DELAY_MS: "1000" })).toBe(1_000)
  })
})
