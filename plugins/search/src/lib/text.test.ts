import { describe, expect, it } from "vitest"
import { didYouMean, editDistance, highlight, queryTerms } from "./text"
import { meilisearchSynonyms } from "./synonyms"

describe("Vietnamese search text", () => {
  it("splits a query into folded words without duplicates", () => {
    expect(queryTerms("  Mật-ong,  mật ong!! ")).toEqual(["mat", "ong"])
  })

  it("measures edits with transpositions", () => {
    expect(editDistance("mamm", "mam")).toBe(1)
    expect(editDistance("hoeny", "honey")).toBe(1)
    expect(editDistance("honey", "money")).toBe(1)
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3)
  })

  it("highlights without diacritics, with typos and merges adjacent words, escaping HTML", () => {
    expect(highlight("Mật ong hoa nhãn Hưng Yên", queryTerms("mat ong"))).toBe("<mark>Mật ong</mark> hoa nhãn Hưng Yên")
    expect(highlight("Nước mắm Phú Quốc cá cơm", queryTerms("nuoc mamm"))).toBe("<mark>Nước mắm</mark> Phú Quốc cá cơm")
    expect(highlight("Meo Vac <b>wild</b> honey", queryTerms("honey"))).toBe(
      "Meo Vac &lt;b&gt;wild&lt;/b&gt; <mark>honey</mark>",
    )
    expect(highlight("Trà sen Tây Hồ", queryTerms("honey"))).toBeNull()
    // The last term is a prefix (typing in progress); short terms take no typo.
    expect(highlight("Mật ong rừng", queryTerms("mat on"))).toBe("<mark>Mật ong</mark> rừng")
    expect(highlight("Mận sấy", queryTerms("mat"))).toBeNull()
  })

  it("suggests the written words for typos, and nothing when every word matched", () => {
    const titles = ["Nước mắm Phú Quốc nhĩ cá cơm", "Mắm ruốc Huế"]
    expect(didYouMean("nuoc mamm", titles)).toBe("nước mắm")
    expect(didYouMean("nuoc mam", titles)).toBeNull()
    expect(didYouMean("xyzzy", titles)).toBeNull()
  })

  it("maps synonyms both ways", () => {
    const synonyms = meilisearchSynonyms([["mật ong", "honey"]])
    expect(synonyms).toEqual({ "mật ong": ["honey"], honey: ["mật ong"] })
  })
})
