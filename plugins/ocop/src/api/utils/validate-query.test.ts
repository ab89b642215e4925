import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { listParams, pageParams } from "./validate-query"

describe("page parameters", () => {
  const search = z.object({ q: z.string().optional(), ...pageParams({ limit: 20, max: 50, maxOffset: 1000 }) }).strict()
  const find = listParams({ limit: 20, max: 50 })

  it.each([
    [{}, { limit: 20, offset: 0 }],
    [
      { limit: "1", offset: "0" },
      { limit: 1, offset: 0 },
    ],
    [
      { limit: "50", offset: "1000" },
      { limit: 50, offset: 1000 },
    ],
  ])("reads %j as %j", (query, page) => {
    expect(search.parse(query)).toMatchObject(page)
    expect(find.parse(query)).toMatchObject(page)
  })

  it.each([
    [{ limit: "0" }, "limit"],
    [{ limit: "51" }, "limit"],
    [{ limit: "x" }, "limit"],
    [{ offset: "-1" }, "offset"],
    [{ offset: "x" }, "offset"],
    [{ limit: "1.5" }, "limit"],
    [{ limit: "1e1" }, "limit"],
    [{ limit: " " }, "limit"],
    [{ offset: "" }, "offset"],
    [{ offset: "0x10" }, "offset"],
    [{ offset: "99999999999999999999" }, "offset"],
    [{ limit: ["1", "2"] }, "limit"],
  ])("refuses %j, naming %s, in both kinds of list", (query, field) => {
    for (const schema of [search, find]) {
      const result = schema.safeParse(query)
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field)
    }
  })

  it("bounds the offset of a list it pages itself, and allows no page at all where asked", () => {
    expect(search.safeParse({ offset: "1001" }).success).toBe(false)
    expect(search.safeParse({ limit: "2.5" }).success).toBe(false)
    const producers = z.object(pageParams({ limit: 20, max: 100, min: 0 }))
    expect(producers.parse({ limit: "0" })).toEqual({ limit: 0, offset: 0 })
  })
})
