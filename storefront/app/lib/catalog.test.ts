import { describe, expect, it } from "vitest"
import { currentProvince, filtersToSearch, fold, parseFilters, PROVINCES, slugify } from "./catalog"

describe("provinces", () => {
  it("has the 34 current units with unique slugs", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34)
    expect(PROVINCES.find((p) => p.name === "Hồ Chí Minh")?.slug).toBe("ho-chi-minh")
    expect(PROVINCES.find((p) => p.name === "Đắk Lắk")?.slug).toBe("dak-lak")
  })
  it("maps old and differently written names to the current unit", () => {
    expect(currentProvince("Hà Giang")?.name).toBe("Tuyên Quang")
    expect(currentProvince("Bà Rịa - Vũng Tàu")?.name).toBe("Hồ Chí Minh")
    expect(currentProvince("TP. Hồ Chí Minh")?.name).toBe("Hồ Chí Minh")
    expect(currentProvince("Tỉnh Quảng Nam")?.name).toBe("Đà Nẵng")
    expect(currentProvince("ha noi")?.name).toBe("Hà Nội")
    expect(currentProvince("Atlantis")).toBeUndefined()
  })
})

describe("search text", () => {
  it("folds diacritics so 'mat ong' finds 'Mật ong'", () => {
    expect(fold("Mật ong rừng Đắk Lắk")).toBe("mat ong rung dak lak")
    expect(slugify("Nước mắm Phú Quốc")).toBe("nuoc-mam-phu-quoc")
  })
})

describe("listing filters in the URL", () => {
  it("reads valid filters and ignores junk", () => {
    const filters = parseFilters(
      new URLSearchParams(
        "stars=4&group=do-uong&province=lam-dong&min=100.000&max=50000&sort=price_asc&page=2&q=%20ca%20phe%20",
      ),
    )
    expect(filters).toMatchObject({
      stars: 4,
      group: "do-uong",
      province: "lam-dong",
      priceMin: 50000,
      priceMax: 100000,
      sort: "price_asc",
      page: 2,
      q: "ca phe",
    })
    const junk = parseFilters(new URLSearchParams("stars=9&group=x&province=atlantis&min=abc&sort=hack&page=-3"))
    expect(junk).toMatchObject({ stars: null, group: null, province: null, priceMin: null, sort: "relevance", page: 1 })
  })
  it("writes back only what differs from the defaults, leaving out the page's own filter", () => {
    const filters = parseFilters(new URLSearchParams("stars=5&sort=newest"), { province: "ha-noi" })
    expect(filtersToSearch(filters, ["province"])).toBe("?stars=5&sort=newest")
    expect(filtersToSearch(parseFilters(new URLSearchParams("")))).toBe("")
  })
})

describe("the province list", () => {
  it("is the same as the OCOP plugin's (one source of truth for addresses and certificates)", async () => {
    const { readFileSync, existsSync } = await import("node:fs")
    const plugin = new URL("../../../plugins/ocop/src/rules/provinces.json", import.meta.url)
    if (!existsSync(plugin)) return
    const ours = JSON.parse(readFileSync(new URL("./provinces.json", import.meta.url), "utf8"))
    expect(ours.units).toEqual(JSON.parse(readFileSync(plugin, "utf8")).units)
  })
})
