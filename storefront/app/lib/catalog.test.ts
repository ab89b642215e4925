import { describe, expect, it } from "vitest"
import { currentKeywords, filtersToSearch, parseFilters } from "./catalog"

describe("listing filters in the URL", () => {
  it("reads valid filters and ignores junk", () => {
    const filters = parseFilters(
      new URLSearchParams(
        "stars=4&group=thuc-pham&province=lam-dong&min=100.000&max=50000&sort=price_asc&page=2&q=%20ca%20phe%20",
      ),
    )
    expect(filters).toMatchObject({
      stars: 4,
      group: "thuc-pham",
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

describe("search keywords", () => {
  it("are the results page's own q, shown in the header and carried by the filter form", () => {
    expect(currentKeywords("?q=+b%C3%A1t+tr%C3%A0ng+&stars=4")).toBe("bát tràng")
    expect(currentKeywords(new URLSearchParams("stars=4"))).toBe("")
    // Filtering keeps them: the filter form's query string holds the same q.
    const filters = parseFilters(new URLSearchParams("q=mật ong&stars=4"))
    expect(new URLSearchParams(filtersToSearch({ ...filters, sort: "price_asc", page: 1 })).get("q")).toBe(
      currentKeywords("?q=mật ong"),
    )
  })
})
