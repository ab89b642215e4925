import { describe, it, expect } from "vitest"
import { parseDecisionNumber } from "./decision-number"

describe("decision numbers", () => {
  it.each([
    ["1898/QĐ-UBND", "UBND"],
    ["2361/QĐ-BNNMT", "BNNMT"],
    ["123/QĐ-BNNPTNT", "BNNPTNT"],
    ["1310/QĐ-BNN-VPĐP", "BNN-VPĐP"],
    [" 1898 / QĐ - UBND ", "UBND"],
  ])("accepts %s", (input, issuer) => {
    const parsed = parseDecisionNumber(input)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.value.issuer).toBe(issuer)
  })

  it("normalises spacing", () => {
    const parsed = parseDecisionNumber(" 1898 / QĐ - UBND ")
    expect(parsed.ok && parsed.value.value).toBe("1898/QĐ-UBND")
  })

  it.each([
    "",
    "1898",
    "QĐ-UBND",
    "/QĐ-UBND",
    "0123/QĐ-UBND",
    "12a/QĐ-UBND",
    "1898/QĐ-",
    "1898/QĐ-U",
    "1898/CT-UBND",
    "1898/QĐ-UBND-",
    "1898/2025/QĐ-UBND",
  ])("refuses %j", (input) => {
    const parsed = parseDecisionNumber(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.field).toBe("decision_number")
  })

  it.each([
    ["1104/QD-UBND", "1104/QĐ-UBND"],
    ["1104/qđ-ubnd", "1104/QĐ-UBND"],
    ["1104/Qđ-Ubnd", "1104/QĐ-UBND"],
    [" 1104 / QD - UBND ", "1104/QĐ-UBND"],
    ["1104/QÐ-UBND", "1104/QĐ-UBND"],
    ["2361/qd-bnnmt", "2361/QĐ-BNNMT"],
    ["1310/QD-BNN-VPDP", "1310/QĐ-BNN-VPĐP"],
  ])("reads %j typed without a Vietnamese keyboard as %s", (input, value) => {
    const parsed = parseDecisionNumber(input)
    expect(parsed.ok && parsed.value.value).toBe(value)
  })

  it.each(["1104/QX-UBND", "1104/Q-UBND", "1104/QDD-UBND"])("still refuses another document type: %j", (input) => {
    expect(parseDecisionNumber(input).ok).toBe(false)
  })

  it("explains why a year segment is refused", () => {
    const parsed = parseDecisionNumber("1898/2025/QĐ-UBND")
    expect(!parsed.ok && parsed.error.message).toMatch(/year segment/)
  })
})
