import { describe, expect, it } from "vitest"
import { joinVietnameseName, splitVietnameseName } from "./names"

describe("Vietnamese names on Medusa's first/last name", () => {
  it("puts the family name first, and splits a full name back the same way", () => {
    expect(joinVietnameseName({ first_name: "An", last_name: "Nguyễn Văn" })).toBe("Nguyễn Văn An")
    expect(splitVietnameseName("  Nguyễn   Văn An ")).toEqual({ first_name: "An", last_name: "Nguyễn Văn" })
    expect(joinVietnameseName(splitVietnameseName("Trần Thị Bình"))).toBe("Trần Thị Bình")
  })

  it("keeps a one-word name, and skips what is missing", () => {
    expect(splitVietnameseName("Lan")).toEqual({ first_name: "Lan", last_name: "" })
    expect(joinVietnameseName({ first_name: "Lan", last_name: null })).toBe("Lan")
    expect(joinVietnameseName({ first_name: " ", last_name: "Phạm" })).toBe("Phạm")
    expect(joinVietnameseName({})).toBe("")
  })
})
