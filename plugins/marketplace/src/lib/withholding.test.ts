import { describe, expect, it } from "vitest"
import { HIGHEST_RATE_KIND, supplyKindOfGroup, WITHHOLDING_BPS, withholdingKind } from "./withholding"
import { payoutLine } from "./payout"

describe("withholding rates (Decree 117/2025/NĐ-CP)", () => {
  it("withholds goods 1 % + 0.5 %, services 5 % + 2 %, transport 3 % + 1.5 %", () => {
    expect(WITHHOLDING_BPS).toEqual({
      goods: { vat: 100, pit: 50 },
      services: { vat: 500, pit: 200 },
      transport: { vat: 300, pit: 150 },
    })
  })

  it("applies the highest rate, services', when the kind cannot be told", () => {
    expect(HIGHEST_RATE_KIND).toBe("services")
    for (const unknown of [null, undefined, "", 0, 7, "abc"]) {
      expect(supplyKindOfGroup(unknown)).toBeNull()
      expect(withholdingKind(unknown)).toBe("services")
    }
  })

  it("takes the kind from the OCOP product group: community tourism (group 6) is a service, groups 1–5 goods", () => {
    for (const group of [1, 2, 3, 4, 5]) expect(withholdingKind(group)).toBe("goods")
    expect(withholdingKind(6)).toBe("services")
    expect(withholdingKind("6")).toBe("services")
  })

  it("computes a household seller's line at the rates of each kind", () => {
    // 1,000,000 ₫ of tourism: 50,000 VAT + 20,000 PIT; 1,000,000 ₫ of goods: 10,000 + 5,000.
    const services = payoutLine({
      gross: 1_000_000,
      goods_gross: 0,
      services_gross: 1_000_000,
      refunds: 0,
      commission_rate_bps: 0,
      household: true,
    })
    expect(services).toMatchObject({ withholding_vat: 50_000, withholding_pit: 20_000, net: 930_000 })
    const goods = payoutLine({
      gross: 1_000_000,
      goods_gross: 1_000_000,
      services_gross: 0,
      refunds: 0,
      commission_rate_bps: 0,
      household: true,
    })
    expect(goods).toMatchObject({ withholding_vat: 10_000, withholding_pit: 5_000, net: 985_000 })
  })
})
