import { describe, expect, it } from "vitest"
import { currentKeywords, filtersToSearch, pageHref, parseFilters } from "./catalog"

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

describe("links to other pages of a listing", () => {
  const cursors = { next: "WyJzdGFycyIsNF0", prev: "WyJzdGFycyIsNV0" }
  it("start the next and previous pages at this page's cursors, beside the page number", () => {
    expect(pageHref("/products?stars=4&page=8", 8, 7, cursors)).toBe("/products?stars=4&page=8&after=WyJzdGFycyIsNF0")
    expect(pageHref("/products?page=6", 6, 7, cursors)).toBe("/products?page=6&before=WyJzdGFycyIsNV0")
  })
  it("give the first page and pages further away by their number alone, and every page without cursors", () => {
    expect(pageHref("/products", 1, 2, cursors)).toBe("/products")
    expect(pageHref("/products?page=9", 9, 7, cursors)).toBe("/products?page=9")
    expect(pageHref("/products?page=8", 8, 7, null)).toBe("/products?page=8")
    expect(pageHref("/products?page=8", 8, 7, { next: null, prev: null })).toBe("/products?page=8")
  })
})
