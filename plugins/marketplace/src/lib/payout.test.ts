import { describe, expect, it } from "vitest"
import { applyBps, payoutLine, sumLines, vnMonthRange } from "./payout"

const reconciles = (line: ReturnType<typeof payoutLine>) =>
  line.refunds + line.commission + line.withholding_vat + line.withholding_pit + line.return_shipping + line.net ===
  line.gross

describe("payout ledger line", () => {
  it("takes commission only from an enterprise or cooperative", () => {
    expect(
      payoutLine({
        gross: 475000,
        goods_gross: 475000,
        services_gross: 0,
        refunds: 0,
        commission_rate_bps: 800,
        household: false,
      }),
    ).toEqual({
      gross: 475000,
      refunds: 0,
      commission: 38000,
      withholding_vat: 0,
      withholding_pit: 0,
      return_shipping: 0,
      net: 437000,
    })
  })

  it("withholds 1 % VAT + 0.5 % PIT on goods and 5 % + 2 % on services for a household business", () => {
    expect(
      payoutLine({
        gross: 300000,
        goods_gross: 200000,
        services_gross: 100000,
        refunds: 0,
        commission_rate_bps: 500,
        household: true,
      }),
    ).toEqual({
      gross: 300000,
      refunds: 0,
      commission: 15000,
      withholding_vat: 2000 + 5000,
      withholding_pit: 1000 + 2000,
      return_shipping: 0,
      net: 275000,
    })
  })

  it("charges the seller the return shipping of goods sent back through its fault, after commission on what was kept", () => {
    // 170,000 sold, one 85,000 unit returned damaged, 30,000 to send it back: 8 % on the 85,000 kept.
    expect(
      payoutLine({
        gross: 170000,
        goods_gross: 170000,
        services_gross: 0,
        refunds: 85000,
        return_shipping: 30000,
        commission_rate_bps: 800,
        household: false,
      }),
    ).toEqual({
      gross: 170000,
      refunds: 85000,
      commission: 6800,
      withholding_vat: 0,
      withholding_pit: 0,
      return_shipping: 30000,
      net: 48200,
    })
  })

  it("rounds each deduction half up to the dong and always reconciles, refunds included", () => {
    expect(applyBps(12345, 850)).toBe(1049) // 1049.325
    expect(applyBps(10001, 50)).toBe(50) // 50.005 → 50
    expect(applyBps(10100, 50)).toBe(51) // 50.5 → 51
    for (let gross = 1; gross < 4000; gross += 37) {
      for (const refunds of [0, 1, Math.floor(gross / 3), gross]) {
        const line = payoutLine({
          gross,
          goods_gross: Math.floor(gross / 2),
          services_gross: gross - Math.floor(gross / 2),
          refunds,
          return_shipping: refunds ? 30000 : 0,
          commission_rate_bps: 833,
          household: true,
        })
        expect(reconciles(line)).toBe(true)
        expect(Object.values(line).every(Number.isInteger)).toBe(true)
      }
    }
    const lines = [1, 2, 3].map((n) =>
      payoutLine({
        gross: 99999 * n,
        goods_gross: 99999 * n,
        services_gross: 0,
        refunds: 0,
        commission_rate_bps: 800,
        household: true,
      }),
    )
    expect(reconciles(sumLines(lines))).toBe(true)
  })

  it("bounds a statement month in Vietnam time", () => {
    expect(vnMonthRange("2026-11")).toEqual({
      from: new Date("2026-10-31T17:00:00Z"),
      to: new Date("2026-11-30T17:00:00Z"),
    })
    expect(vnMonthRange("2026-12").to).toEqual(new Date("2026-12-31T17:00:00Z"))
  })
})
