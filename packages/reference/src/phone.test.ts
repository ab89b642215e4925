import { describe, expect, it } from "vitest"
import { formatVietnamesePhone, normalizeVietnamesePhone } from "./phone"

describe("Vietnamese phone numbers", () => {
  it.each([
    ["0912345678", "+84912345678"],
    ["+84912345678", "+84912345678"],
    ["0912 345 678", "+84912345678"],
    ["091.234.5678", "+84912345678"],
    ["+84 (0)", null],
    ["0312345678", "+84312345678"],
    ["0512345678", "+84512345678"],
    ["0712345678", "+84712345678"],
    ["0812345678", "+84812345678"],
    ["0987-654-321", "+84987654321"],
    ["024 3825 1234", "+842438251234"],
    ["(0214) 382 1234", "+842143821234"],
    ["+84 28 3829 6052", "+842838296052"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeVietnamesePhone(input)).toBe(expected)
  })

  it.each([
    ["", "empty"],
    ["012345678", "9 digits after 0 must start with 3/5/7/8/9"],
    ["0212345678", "a landline one digit short"],
    ["024382512345", "a landline one digit long"],
    ["0412345678", "starts with 4"],
    ["0612345678", "starts with 6"],
    ["091234567", "too short"],
    ["09123456789", "too long"],
    ["+1 415 555 0100", "not Vietnamese"],
    ["+840912345678", "+84 followed by 0"],
    ["84912345678", "84 without +"],
    ["09123456a8", "letters"],
  ])("refuses %j (%s)", (input) => {
    expect(normalizeVietnamesePhone(input)).toBeNull()
  })

  it("refuses non-strings", () => {
    expect(normalizeVietnamesePhone(undefined)).toBeNull()
    expect(normalizeVietnamesePhone(912345678 as unknown)).toBeNull()
  })

  it("writes numbers the Vietnamese way", () => {
    expect(formatVietnamesePhone("+84912345678")).toBe("0912 345 678")
    expect(formatVietnamesePhone("+842438251234")).toBe("024 3825 1234")
    expect(formatVietnamesePhone("+842143821234")).toBe("0214 382 1234")
  })
})
