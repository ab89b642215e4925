import { describe, expect, it } from "vitest"
import { endsOn } from "./Countdown"

describe("campaign end line", () => {
  const text = (lang: "vi" | "en") => {
    const { label, formatted } = endsOn("2026-12-20T10:00:00Z", lang)
    return `${label} ${formatted}`
  }

  it("says when a campaign ends in Vietnam time, without a doubled word", () => {
    expect(text("vi")).toMatch(/^Kết thúc lúc 17:00 /)
    expect(text("vi")).not.toMatch(/lúc lúc/)
    expect(text("en")).toMatch(/^Ends Sunday, December 20, 2026 at 5:00\sPM$/)
  })
})
