import { describe, expect, it } from "vitest"
import { vnd, vndShort } from "./money"

describe("VND on the programme dashboard", () => {
  it("labels a revenue axis with short Vietnamese units", () => {
    expect(vndShort(0)).toBe("0 ₫")
    expect(vndShort(800_000)).toBe("800 nghìn ₫")
    expect(vndShort(1_500_000)).toBe("1,5 tr ₫")
    expect(vndShort(25_000_000_000)).toBe("25 tỷ ₫")
    // Amounts arrive as strings from big-number columns.
    expect(vndShort("2000000" as unknown as number)).toBe("2 tr ₫")
  })

  it("shows whole amounts in tables", () => {
    expect(vnd(1_500_000).replace(/\s/g, " ")).toBe("1.500.000 ₫")
  })
})
