import { describe, it, expect } from "vitest"
import {
  checkAuthority,
  competenceBasis,
  competentAuthority,
  competentAuthorityLevel,
  MINISTRY_MAE,
  MINISTRY_MARD,
  ministryNamesOn,
} from "./authority"

describe("competent authority", () => {
  it("before 1 Jul 2025: district 3★, province 4★, ministry 5★", () => {
    expect(competentAuthorityLevel(3, "2025-06-30")).toBe("district")
    expect(competentAuthorityLevel(4, "2025-06-30")).toBe("province")
    expect(competentAuthorityLevel(5, "2025-06-30")).toBe("ministry")
    expect(competentAuthority(5, "2024-01-10").name).toBe(MINISTRY_MARD)
  })

  it("from 1 Jul 2025, when districts ceased to exist: province 3★ and 4★, ministry 5★ (Agriculture and Environment)", () => {
    expect(competentAuthorityLevel(3, "2025-07-01")).toBe("province")
    expect(competentAuthorityLevel(4, "2025-07-01")).toBe("province")
    expect(competentAuthorityLevel(5, "2025-07-01")).toBe("ministry")
    expect(competentAuthority(5, "2025-07-01").name).toBe(MINISTRY_MAE)
  })

  it("the days between 1 Jul and Decision 1489 (6 Jul 2025) are the province's, on another legal basis", () => {
    for (const day of ["2025-07-02", "2025-07-05", "2025-07-06"])
      expect(competentAuthorityLevel(3, day)).toBe("province")
    expect(competenceBasis("2025-06-30")).toMatch(/148/)
    expect(competenceBasis("2025-07-01")).toMatch(/ceased/)
    expect(competenceBasis("2025-07-05")).toMatch(/ceased/)
    expect(competenceBasis("2025-07-06")).toMatch(/1489.*in force/)
  })

  it("the ministry's name changes on 1 Mar 2025", () => {
    expect(ministryNamesOn("2025-02-28")).toEqual([MINISTRY_MARD])
    expect(ministryNamesOn("2025-03-01")).toEqual([MINISTRY_MAE])
  })
})

describe("checkAuthority", () => {
  const fields = (input: Parameters<typeof checkAuthority>[0]) => checkAuthority(input).map((e) => e.field)

  it("accepts consistent levels on both sides of the change", () => {
    expect(
      fields({ stars: 3, decision_date: "2024-05-20", authority_level: "district", decision_number: "512/QĐ-UBND" }),
    ).toEqual([])
    expect(
      fields({ stars: 4, decision_date: "2024-05-20", authority_level: "province", decision_number: "1898/QĐ-UBND" }),
    ).toEqual([])
    expect(
      fields({ stars: 5, decision_date: "2023-11-02", authority_level: "ministry", decision_number: "123/QĐ-BNNPTNT" }),
    ).toEqual([])
    expect(
      fields({ stars: 3, decision_date: "2025-07-01", authority_level: "province", decision_number: "1898/QĐ-UBND" }),
    ).toEqual([])
  })

  it("refuses a 5★ recognised by a province after 1 Jul 2025", () => {
    const errors = checkAuthority({ stars: 5, decision_date: "2025-08-01", authority_level: "province" })
    expect(errors[0]).toMatchObject({ field: "authority_level", rule: "competent_authority" })
    expect(errors[0].message).toMatch(/ministry/)
  })

  it("refuses a district recognition from 1 Jul 2025 (also 2–5 Jul), and a province 3★ before it", () => {
    expect(fields({ stars: 3, decision_date: "2025-07-01", authority_level: "district" })).toEqual(["authority_level"])
    expect(fields({ stars: 3, decision_date: "2025-07-05", authority_level: "district" })).toEqual(["authority_level"])
    expect(fields({ stars: 3, decision_date: "2025-06-30", authority_level: "province" })).toEqual(["authority_level"])
    expect(fields({ stars: 3, decision_date: "2025-06-30", authority_level: "district" })).toEqual([])
  })

  it("refuses an unknown level", () => {
    expect(checkAuthority({ stars: 4, decision_date: "2025-07-01", authority_level: "commune" })[0]).toMatchObject({
      field: "authority_level",
      rule: "enum",
    })
  })

  it("refuses a decision number whose issuer does not match the level", () => {
    expect(
      fields({ stars: 4, decision_date: "2025-08-01", authority_level: "province", decision_number: "2361/QĐ-BNNMT" }),
    ).toEqual(["decision_number"])
    expect(
      fields({ stars: 5, decision_date: "2025-08-01", authority_level: "ministry", decision_number: "1898/QĐ-UBND" }),
    ).toEqual(["decision_number"])
  })
})
