import { describe, expect, it } from "vitest"
import { en } from "../i18n/en"
import { vi } from "../i18n/vi"
import { vnd, vndShort } from "./money"

const short = (amount: number, lang: "vi" | "en" = "vi") =>
  vndShort(amount, lang, (lang === "vi" ? vi : en).ocop_programme.units)

describe("VND on the programme dashboard", () => {
  it("labels a revenue axis with short Vietnamese units", () => {
    expect(short(0)).toBe("0 ₫")
    expect(short(800_000)).toBe("800 nghìn ₫")
    expect(short(1_500_000)).toBe("1,5 tr ₫")
    expect(short(25_000_000_000)).toBe("25 tỷ ₫")
    // Amounts arrive as strings from big-number columns.
    expect(short("2000000" as unknown as number)).toBe("2 tr ₫")
  })

  it("labels it in English for an English admin", () => {
    expect(short(1_500_000, "en")).toBe("1.5 m ₫")
    expect(short(25_000_000_000, "en")).toBe("25 bn ₫")
  })

  it("shows whole amounts in tables", () => {
    expect(vnd(1_500_000).replace(/\s/g, " ")).toBe("1.500.000 ₫")
  })
})
