import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { en } from "./en"
import { vi } from "./vi"
import { wholesaleEn, wholesaleVi } from "./wholesale"
import { langFromPath, localePath, stripLang, switchLangPath, translate } from "./index"

/** A message's parameters: {name}, and {name, plural, …} (a choice of forms by the count). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort()
/** The plural choices of a message ("{count, plural, one {…} other {…}}"), to look at what is left. */
const PLURAL_FORMS = /\{\w+, plural,(?:\s*\w+ \{[^{}]*\})+\s*\}/g

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
  it("uses the same placeholders in both languages in the wholesale pages' strings", () => {
    for (const key of Object.keys(wholesaleVi) as (keyof typeof wholesaleVi)[]) {
      expect(placeholders(wholesaleEn[key]), key).toEqual(placeholders(wholesaleVi[key]))
    }
  })
  it("refuses to show a message with a placeholder left unfilled", () => {
    expect(() => translate("vi", "error.quantity.max")).toThrow(/error\.quantity\.max.*\{max\}/)
    expect(() => translate("en", "error.quantity.max", { min: 1 })).toThrow(/\{max\}/)
    expect(translate("vi", "error.quantity.max", { max: "100.000" })).toBe("Mỗi sản phẩm đặt tối đa 100.000.")
  })
  it("is shown with its parameters wherever a message with placeholders is named in the pages' code", () => {
    // A literal key of a message with placeholders must be followed by its parameters: t("key", {…}),
    // translate(lang, "key", {…}), { key: "key", params: {…} }. Keys chosen at run time are held by
    // the strict translate() in the unit and browser tests.
    const withPlaceholders = Object.entries({ ...vi, ...wholesaleVi })
      .filter(([, text]) => placeholders(text).length)
      .map(([key]) => key)
    const root = resolve(__dirname, "..")
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === "i18n" ? [] : sources(path)
        return /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : []
      })
    const unfilled: string[] = []
    for (const file of sources(root)) {
      const text = readFileSync(file, "utf8")
      for (const key of withPlaceholders) {
        for (const match of text.matchAll(new RegExp(`"${key.replace(/\./g, "\\.")}"(?!\\s*,)`, "g"))) {
          // A comparison (error.key === "…") or one branch of a choice (a ? "…" : "…") is not a use.
          const before = text.slice(Math.max(0, match.index - 4), match.index)
          const after = text.slice(match.index + match[0].length).trimStart()
          if (/={2,3}\s*$/.test(before) || after.startsWith(":")) continue
          unfilled.push(`${file.slice(root.length + 1)}: ${key}`)
        }
      }
    }
    expect(unfilled).toEqual([])
  })
  it("chooses the plural form by the count in English, and keeps Vietnamese's one form", () => {
    expect(translate("en", "cart.subtotal", { count: 1 })).toBe("Subtotal (1 item)")
    expect(translate("en", "cart.subtotal", { count: 2 })).toBe("Subtotal (2 items)")
    expect(translate("en", "cart.added", { count: 0 })).toBe("Added to your cart (0 items).")
    expect(translate("en", "listing.count", { count: "1,234" })).toBe("1,234 products")
    expect(translate("vi", "cart.subtotal", { count: 1 })).toBe(vi["cart.subtotal"].replace("{count}", "1"))
    expect(() => translate("en", "cart.subtotal", {})).toThrow(/\{count\}/)
  })
  it("puts a count before an English noun only through plural forms (never '1 items')", () => {
    const NOUNS =
      "products|items|lots|days|places|persons|units|lines|reviews|orders|producers|variants|fields|addresses|conversations|messages|photos|images"
    const bare = new RegExp(`\\{(\\w+)\\}\\s+(?:[A-Za-z-]+\\s+){0,2}(?:${NOUNS})\\b`)
    const unchosen = Object.entries({ ...en, ...wholesaleEn })
      .filter(([, text]) => bare.test(text.replace(PLURAL_FORMS, "")))
      .map(([key, text]) => `${key}: ${text}`)
    expect(unchosen).toEqual([])
    expect(translate("en", "tourism.slot.left", { count: 1 })).toBe("1 place left")
    expect(translate("en", "product.lots_count", { count: 1 })).toBe("1 lot recorded:")
    expect(translate("en", "seller.days_left", { days: 1 })).toBe("1 day left")
    expect(translate("en", "campaign.left", { days: 2, clock: "01:00:00" })).toBe("2 days 01:00:00 left")
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
