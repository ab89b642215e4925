import { describe, it, expect } from "vitest"
import {
  PROVINCES,
  currentProvinceFor,
  findProvince,
  isCurrentProvince,
  provinceBySlug,
  resolveProvince,
} from "./provinces"

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

  it("has unique URL slugs and English names", () => {
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34)
    expect(provinceBySlug("ho-chi-minh")?.nameEn).toBe("Ho Chi Minh City")
    expect(provinceBySlug("dak-lak")?.name).toBe("Đắk Lắk")
    expect(provinceBySlug("dak-lak")?.nameEn).toBe("Dak Lak")
  })

  it("finds what people type: without diacritics, with a prefix, old names, English names", () => {
    expect(findProvince("Hà Giang")?.name).toBe("Tuyên Quang")
    expect(findProvince("Bà Rịa - Vũng Tàu")?.name).toBe("Hồ Chí Minh")
    expect(findProvince("TP. Hồ Chí Minh")?.name).toBe("Hồ Chí Minh")
    expect(findProvince("Tỉnh Quảng Nam")?.name).toBe("Đà Nẵng")
    expect(findProvince("ha noi")?.name).toBe("Hà Nội")
    expect(findProvince("Hanoi")?.name).toBe("Hà Nội")
    expect(findProvince("Atlantis")).toBeUndefined()
    expect(findProvince("")).toBeUndefined()
  })
})
