import { describe, expect, it } from "vitest"
import { checkTaxCode, isTaxCode, taxCodeHint, taxCodeKind } from "./tax-code"

describe("tax codes (mã số thuế)", () => {
  it("tells the three forms apart", () => {
    expect(taxCodeKind("0123456789")).toBe("organisation")
    expect(taxCodeKind(" 0123456789-001 ")).toBe("branch")
    expect(taxCodeKind("001085012345")).toBe("personal")
    for (const bad of [
      "",
      "012345678",
      "01234567890",
      "0123456789-01",
      "0123456789001",
      "01234 56789",
      "abcdefghij",
      "0123456789-0011",
    ]) {
      expect(taxCodeKind(bad), bad).toBeNull()
    }
    expect(taxCodeKind(123456789)).toBeNull()
    expect(taxCodeKind(null)).toBeNull()
  })

  it("accepts any form by default (subjects, e-invoice buyers)", () => {
    expect(isTaxCode("0123456789")).toBe(true)
    expect(isTaxCode("0123456789-001")).toBe(true)
    expect(isTaxCode("001085012345")).toBe(true)
    expect(isTaxCode("12345")).toBe(false)
  })

  it("keeps the 12-digit personal ID for household businesses and individuals", () => {
    expect(checkTaxCode("001085012345", "household_business")).toBeNull()
    expect(checkTaxCode("001085012345", "cooperative")?.rule).toBe("personal_id_household_only")
    expect(checkTaxCode("001085012345", "organisation")?.rule).toBe("personal_id_household_only")
    expect(checkTaxCode("0123456789-001", "organisation")).toBeNull()
  })

  it("explains the rule in Vietnamese and English", () => {
    const problem = checkTaxCode("12-34")!
    expect(problem.rule).toBe("format")
    expect(problem.message.vi).toContain("0123456789-001")
    expect(problem.message.vi).toContain("12 chữ số")
    expect(problem.message.en).toContain("10 digits")
    expect(checkTaxCode("12-34", "organisation")!.message.en).not.toContain("personal")
    expect(taxCodeHint("organisation").vi).toBe("10 chữ số, hoặc 13 ký tự dạng 0123456789-001 cho chi nhánh.")
  })
})
