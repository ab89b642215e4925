import { describe, expect, it } from "vitest"
import { ocopTagValue, ocopTagValuesFor, parseOcopTag } from "./ocop-tags"

describe("OCOP tags", () => {
  it("names every attribute of a certificate, with diacritics kept", () => {
    expect(ocopTagValuesFor({ province: "Lào Cai", product_group: 1, stars: 5, subject_id: "ocsub_1" })).toEqual([
      "ocop:province:Lào Cai",
      "ocop:group:1",
      "ocop:stars:5",
      "ocop:producer:ocsub_1",
    ])
  })

  it("reads its own tags back and ignores others", () => {
    expect(parseOcopTag(ocopTagValue("province", "Thành phố Hồ Chí Minh"))).toEqual({
      dimension: "province",
      value: "Thành phố Hồ Chí Minh",
    })
    expect(parseOcopTag("ocop:colour:red")).toBeNull()
    expect(parseOcopTag("mật ong")).toBeNull()
  })
})
