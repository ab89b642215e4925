import { describe, it, expect } from "vitest"
import { checkAuthority, competentAuthority, competentAuthorityLevel, MINISTRY_MAE, MINISTRY_MARD } from "./authority"

describe("competent authority", () => {
  it("before 1 Jul 2025: district 3★, province 4★, ministry 5★", () => {
    expect(competentAuthorityLevel(3, "2025-06-30")).toBe("district")
    expect(competentAuthorityLevel(4, "2025-06-30")).toBe("province")
    expect(competentAuthorityLevel(5, "2025-06-30")).toBe("ministry")
    expect(competentAuthority(5, "2024-01-10").name).toBe(MINISTRY_MARD)
  })

  it("from 1 Jul 2025: province 3★ and 4★, ministry 5★ (Agriculture and Environment)", () => {
    expect(competentAuthorityLevel(3, "2025-07-01")).toBe("province")
    expect(competentAuthorityLevel(4, "2025-07-01")).toBe("province")
    expect(competentAuthorityLevel(5, "2025-07-01")).toBe("ministry")
    expect(competentAuthority(5, "2025-07-01").name).toBe(MINISTRY_MAE)
  })
})

describe("checkAuthority", () => {
  const ok = (input: Parameters<typeof checkAuthority>[0]) => expect(checkAuthority(input)).toEqual([])
  const fields = (input: Parameters<typeof checkAuthority>[0]) => checkAuthority(input).map((e) => e.field)

  it("accepts consistent decisions on both sides of the reform", () => {
    ok({ stars: 3, decision_date: "2024-05-20", authority_level: "district", authority_name: "UBND huyện Bắc Hà", decision_number: "512/QĐ-UBND" })
    ok({ stars: 4, decision_date: "2024-05-20", authority_level: "province", authority_name: "UBND tỉnh Lào Cai", decision_number: "1898/QĐ-UBND" })
    ok({ stars: 5, decision_date: "2023-11-02", authority_level: "ministry", authority_name: MINISTRY_MARD, decision_number: "123/QĐ-BNNPTNT" })
    ok({ stars: 3, decision_date: "2025-07-01", authority_level: "province", authority_name: "UBND tỉnh Lào Cai", decision_number: "1898/QĐ-UBND" })
    ok({ stars: 5, decision_date: "2025-09-12", authority_level: "ministry", authority_name: "bộ nông nghiệp  và môi trường", decision_number: "2361/QĐ-BNNMT" })
  })

  it("refuses a 5★ recognised by a province after 1 Jul 2025", () => {
    const errors = checkAuthority({ stars: 5, decision_date: "2025-08-01", authority_level: "province", authority_name: "UBND tỉnh Lào Cai" })
    expect(errors[0]).toMatchObject({ field: "authority_level", rule: "competent_authority" })
    expect(errors[0].message).toMatch(/ministry/)
  })

  it("refuses a district recognition after the reform, and a province 3★ before it", () => {
    expect(fields({ stars: 3, decision_date: "2025-07-01", authority_level: "district", authority_name: "UBND huyện Bắc Hà" })).toEqual(["authority_level"])
    expect(fields({ stars: 3, decision_date: "2025-06-30", authority_level: "province", authority_name: "UBND tỉnh Lào Cai" })).toEqual(["authority_level"])
  })

  it("refuses the wrong ministry for the date, an unknown level and a missing name", () => {
    expect(fields({ stars: 5, decision_date: "2025-07-01", authority_level: "ministry", authority_name: MINISTRY_MARD })).toEqual(["authority_name"])
    expect(fields({ stars: 5, decision_date: "2024-07-01", authority_level: "ministry", authority_name: MINISTRY_MAE })).toEqual(["authority_name"])
    expect(fields({ stars: 5, decision_date: "2025-04-01", authority_level: "ministry", authority_name: MINISTRY_MAE })).toEqual([])
    expect(fields({ stars: 4, decision_date: "2025-07-01", authority_level: "commune", authority_name: "UBND xã" })).toEqual(["authority_level"])
    expect(fields({ stars: 4, decision_date: "2025-07-01", authority_level: "province", authority_name: " " })).toEqual(["authority_name"])
  })

  it("refuses a decision number whose issuer does not match the level", () => {
    expect(fields({ stars: 4, decision_date: "2025-08-01", authority_level: "province", authority_name: "UBND tỉnh Sơn La", decision_number: "2361/QĐ-BNNMT" })).toEqual(["decision_number"])
    expect(fields({ stars: 5, decision_date: "2025-08-01", authority_level: "ministry", authority_name: MINISTRY_MAE, decision_number: "1898/QĐ-UBND" })).toEqual(["decision_number"])
  })
})
