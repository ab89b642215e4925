import { describe, expect, it } from "vitest"
import {
  fromMedusaAddress,
  isEmail,
  parseQuantity,
  splitVietnameseName,
  toMedusaAddress,
  validateAddress,
  validatePassword,
  validateReceiver,
} from "./validation"

describe("addresses", () => {
  const good = {
    fullName: "Nguyễn Văn An",
    phone: "0912345678",
    province: "Hà Nội",
    ward: "Phường Ba Đình",
    street: "Số 2 Ngọc Hà",
  }

  it("accepts a complete Vietnamese address and normalises phone and province", () => {
    const result = validateAddress(good)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.address.phone).toBe("+84912345678")
      expect(result.address.province.name).toBe("Hà Nội")
    }
  })

  it("names every missing field", () => {
    const result = validateAddress({ fullName: "", phone: "", province: "", ward: "", street: "" })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toEqual({
        fullName: "error.required",
        phone: "error.required",
        province: "error.province.required",
        ward: "error.required",
        street: "error.required",
      })
    }
  })

  it("refuses a foreign phone and an unknown province, field by field", () => {
    const result = validateAddress({ ...good, phone: "+1 415 555 0100", province: "California" })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual({ phone: "error.phone.invalid", province: "error.province.invalid" })
  })

  it("maps a province from before the 2025 merger to the current unit", () => {
    const result = validateAddress({ ...good, province: "Bến Tre" })
    expect(result.ok && result.address.province.name).toBe("Vĩnh Long")
  })

  it("refuses markup or digits in a name", () => {
    const result = validateAddress({ ...good, fullName: "<script>" })
    expect(!result.ok && result.errors.fullName).toBe("error.name.invalid")
  })

  it("round-trips through Medusa's address shape", () => {
    const result = validateAddress(good)
    if (!result.ok) throw new Error("expected valid")
    const medusa = toMedusaAddress(result.address)
    expect(medusa).toMatchObject({
      first_name: "An",
      last_name: "Nguyễn Văn",
      city: "Phường Ba Đình",
      province: "Hà Nội",
      country_code: "vn",
    })
    expect(fromMedusaAddress(medusa)).toEqual({ ...good, phone: "0912 345 678" })
  })

  it("splits a one-word name", () => {
    expect(splitVietnameseName("An")).toEqual({ first_name: "An", last_name: "" })
  })
})

describe("quantities", () => {
  it.each([
    ["1", 1],
    ["99", 99],
    [" 3 ", 3],
  ])("accepts %j", (input, quantity) => {
    expect(parseQuantity(input)).toEqual({ ok: true, quantity })
  })
  it.each([
    ["0", "error.quantity.min"],
    ["10000", "error.quantity.max"],
    ["100", "error.quantity.max"],
    ["-1", "error.quantity.invalid"],
    ["1.5", "error.quantity.invalid"],
    ["", "error.quantity.invalid"],
    ["abc", "error.quantity.invalid"],
  ])("refuses %j with %s", (input, error) => {
    expect(parseQuantity(input)).toEqual({ ok: false, error, params: { max: 99 } })
  })
  it.each([
    ["5000", 5000],
    ["5.000", 5000],
    ["5,000", 5000],
    ["100000", 100_000],
  ])("accepts %j units for a wholesale quote", (input, quantity) => {
    expect(parseQuantity(input, { max: 100_000 })).toEqual({ ok: true, quantity })
  })
  it("bounds a wholesale quote and says the bound", () => {
    expect(parseQuantity("100001", { max: 100_000 })).toEqual({
      ok: false,
      error: "error.quantity.max",
      params: { max: 100_000 },
    })
    expect(parseQuantity("5.00", { max: 100_000 })).toMatchObject({ ok: false, error: "error.quantity.invalid" })
  })
  it("allows 0 where it means remove", () => {
    expect(parseQuantity("0", { allowZero: true })).toEqual({ ok: true, quantity: 0 })
  })
})

describe("other fields", () => {
  it("checks email addresses", () => {
    expect(isEmail("an@example.vn")).toBe(true)
    expect(isEmail("an@example")).toBe(false)
    expect(isEmail("an example@x.vn")).toBe(false)
  })
  it("checks passwords", () => {
    expect(validatePassword("")).toBe("error.required")
    expect(validatePassword("short")).toBe("error.password.short")
    expect(validatePassword("long enough")).toBeNull()
  })
})

describe("the receiver of an order picked up at the cooperative", () => {
  it("needs only a name and a Vietnamese phone, no home address", () => {
    expect(
      validateReceiver({ fullName: "Trần Thị Bình", phone: "0903 123 456", province: "", ward: "", street: "" }),
    ).toEqual({
      ok: true,
      fullName: "Trần Thị Bình",
      phone: "+84903123456",
    })
  })
  it("names a missing or wrong name and phone, and nothing else", () => {
    expect(validateReceiver({ fullName: "", phone: "12", province: "", ward: "", street: "" })).toEqual({
      ok: false,
      errors: { fullName: "error.required", phone: "error.phone.invalid" },
    })
  })
})
