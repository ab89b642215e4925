import { describe, expect, it } from "vitest"
import { listPage, pageCount } from "./list-page"

describe("listPage", () => {
  it("reads ?page=N as the backend's offset, and falls back to the first page for anything else", () => {
    expect(listPage(new URL("https://cho.ocop.vn/seller/orders?page=3"), 20)).toEqual({
      page: 3,
      limit: 20,
      offset: 40,
    })
    for (const bad of ["", "?page=0", "?page=-2", "?page=1.5", "?page=abc", "?page=99999999"]) {
      expect(listPage(new URL(`https://cho.ocop.vn/seller/orders${bad}`), 20)).toEqual({
        page: 1,
        limit: 20,
        offset: 0,
      })
    }
  })

  it("counts the pages, at least one", () => {
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20)]).toEqual([1, 1, 2])
  })
})
