import { describe, expect, it } from "vitest"
import { en } from "./en"
import { vi } from "./vi"
import { langFromPath, localePath, stripLang, switchLangPath, translate } from "./index"

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("interface strings", () => {
  it("has every Vietnamese key in English, and nothing else", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
  })
  it("has no empty strings", () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("")
  })
  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]))
    }
  })
  it("writes Vietnamese with its diacritics", () => {
    expect(vi["cart.add"]).toBe("Thêm vào giỏ")
    expect(translate("vi", "ocop.stars", { stars: 4 })).toBe("OCOP 4 sao")
    expect(translate("en", "ocop.stars", { stars: 4 })).toBe("OCOP 4 stars")
  })
})

describe("language in the URL", () => {
  it("reads the language from the path", () => {
    expect(langFromPath("/")).toBe("vi")
    expect(langFromPath("/products")).toBe("vi")
    expect(langFromPath("/en")).toBe("en")
    expect(langFromPath("/en/products/mat-ong")).toBe("en")
    expect(langFromPath("/entries")).toBe("vi")
  })
  it("builds and switches paths, keeping the query", () => {
    expect(localePath("en", "/")).toBe("/en")
    expect(localePath("en", "/cart")).toBe("/en/cart")
    expect(localePath("vi", "/cart")).toBe("/cart")
    expect(stripLang("/en/cart")).toBe("/cart")
    expect(stripLang("/en")).toBe("/")
    expect(switchLangPath("/products", "?stars=5", "en")).toBe("/en/products?stars=5")
    expect(switchLangPath("/en/products", "?stars=5", "vi")).toBe("/products?stars=5")
  })
})
