import { describe, it, expect } from "vitest"
import { PROVINCES, currentProvinceFor, isCurrentProvince, resolveProvince } from "./provinces"

describe("provinces", () => {
  it("has the 34 current units and the 63 former names", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(34 + PROVINCES.reduce((n, unit) => n + unit.merged.length, 0)).toBe(63)
  })

  it("maps a current unit to itself", () => {
    expect(resolveProvince("Lào Cai")).toEqual({ current: "Lào Cai", historical: null })
    expect(isCurrentProvince("Hà Nội")).toBe(true)
  })

  it("maps an old province to the unit it was merged into", () => {
    expect(currentProvinceFor("Yên Bái")).toBe("Lào Cai")
    expect(currentProvinceFor("Hà Giang")).toBe("Tuyên Quang")
    expect(currentProvinceFor("Bà Rịa - Vũng Tàu")).toBe("Hồ Chí Minh")
    expect(currentProvinceFor("Bà Rịa–Vũng Tàu")).toBe("Hồ Chí Minh")
    expect(resolveProvince("Quảng Nam")).toEqual({ current: "Đà Nẵng", historical: "Quảng Nam" })
    expect(resolveProvince("Thừa Thiên Huế")).toEqual({ current: "Huế", historical: "Thừa Thiên Huế" })
    expect(isCurrentProvince("Hậu Giang")).toBe(false)
  })

  it("accepts both tone-mark spellings but no missing accents", () => {
    expect(currentProvinceFor("Thanh Hoá")).toBe("Thanh Hóa")
    expect(currentProvinceFor("Hoà Bình")).toBe("Phú Thọ")
    expect(currentProvinceFor("Khánh Hoà")).toBe("Khánh Hòa")
    expect(currentProvinceFor("Ha Giang")).toBeNull()
    expect(currentProvinceFor("Lao Cai")).toBeNull()
  })

  it("refuses unknown names", () => {
    expect(currentProvinceFor("Sài Gòn")).toBeNull()
    expect(currentProvinceFor("")).toBeNull()
    expect(currentProvinceFor(undefined)).toBeNull()
  })
})
