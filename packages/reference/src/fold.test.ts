import { describe, expect, it } from "vitest"
import { fold, slugify, stripDiacritics } from "./fold"

describe("Vietnamese folding", () => {
  it("drops tone and vowel marks and maps đ to d", () => {
    expect(fold("Mật ong Đồng Tháp")).toBe("mat ong dong thap")
    expect(fold("NƯỚC MẮM Phú Quốc")).toBe("nuoc mam phu quoc")
    expect(stripDiacritics("Đắk Lắk")).toBe("Dak Lak")
  })

  it("folds precomposed and decomposed input alike", () => {
    expect(fold("Hoà Bình".normalize("NFD"))).toBe(fold("Hoà Bình".normalize("NFC")))
    expect(fold("Hoà Bình")).toBe(fold("Hòa Bình"))
  })

  it("makes URL slugs", () => {
    expect(slugify("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau")
    expect(slugify("  Hồ Chí Minh!  ")).toBe("ho-chi-minh")
    expect(slugify("Thừa Thiên Huế")).toBe("thua-thien-hue")
  })
})
