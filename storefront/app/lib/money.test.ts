import { describe, expect, it } from "vitest"
import { formatMoney } from "./money"

describe("formatMoney", () => {
  it("formats VND the Vietnamese way, with no minor unit", () => {
    expect(formatMoney(150000, "vnd")).toBe("150.000\u00a0₫")
  })
  it("formats USD for export buyers", () => {
    expect(formatMoney(12.5, "usd", "en-US")).toBe("$12.50")
  })
})
