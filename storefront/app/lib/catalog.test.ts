import { describe, expect, it } from "vitest"
import { filtersToSearch, parseFilters } from "./catalog"

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
