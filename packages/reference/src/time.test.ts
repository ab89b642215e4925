import { describe, expect, it } from "vitest"
import { localeOf, vietnamDay, vietnamTime } from "./time"

describe("times as the operators read them", () => {
  it("writes an instant in Vietnam time, whatever zone it was given in", () => {
    // 02:30 UTC is 09:30 in Vietnam (UTC+7), the same day.
    expect(vietnamTime("2025-07-15T02:30:00Z", "vi")).toMatch(/^09:30,? 15\/07\/2025$/)
    expect(vietnamTime("2025-07-15T02:30:00Z", "en")).toBe("15/07/2025, 09:30")
    // 20:00 UTC on the 14th is already the 15th in Vietnam.
    expect(vietnamTime(new Date("2025-07-14T20:00:00Z"), "en-US")).toBe("15/07/2025, 03:00")
  })

  it("follows the admin's language tag: Vietnamese for vi and its regions, else English", () => {
    expect(localeOf("vi")).toBe("vi-VN")
    expect(localeOf("vi-VN")).toBe("vi-VN")
    expect(localeOf("en")).toBe("en-GB")
    expect(localeOf("fr")).toBe("en-GB")
  })

  it("shows a dash for no instant or one that cannot be read", () => {
    expect(vietnamTime(null, "vi")).toBe("—")
    expect(vietnamTime(undefined, "en")).toBe("—")
    expect(vietnamTime("not a date", "vi")).toBe("—")
  })

  it("writes the day of an instant in Vietnam, in either language", () => {
    expect(vietnamDay("2025-07-15T02:30:00Z", "vi")).toBe("15/07/2025")
    expect(vietnamDay("2025-07-15T02:30:00Z", "en")).toBe("15/07/2025")
    // 20:00 UTC on the 14th is already the 15th in Vietnam.
    expect(vietnamDay("2025-07-14T20:00:00Z", "en")).toBe("15/07/2025")
    expect(vietnamDay(null, "vi")).toBe("—")
  })
})
