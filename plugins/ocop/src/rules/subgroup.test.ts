import { describe, it, expect } from "vitest"
import { checkSubgroup } from "./subgroup"

describe("checkSubgroup: one of the group's subgroups in Decision 148", () => {
  it.each([
    [1, "Thực phẩm chế biến", "Thực phẩm chế biến"],
    [1, "1.3", "Thực phẩm chế biến"],
    [1, "thuc pham che bien", "Thực phẩm chế biến"],
    [2, "2.1", "Đồ uống có cồn"],
    [5, "Hoa", "Hoa"],
  ])("group %s accepts %j as %s", (group, subgroup, label) => {
    expect(checkSubgroup(group, subgroup)).toEqual({ errors: [], label })
  })

  it("refuses a subgroup of another group, naming both groups and the choices", () => {
    const { errors } = checkSubgroup(1, "Hoa")
    expect(errors).toEqual([expect.objectContaining({ field: "subgroup", rule: "subgroup" })])
    expect(errors[0].message).toMatch(/group 5.*group 1.*1\.1 Thực phẩm tươi sống/)
  })

  it("refuses an unknown or missing subgroup", () => {
    expect(checkSubgroup(1, "Mật ong").errors[0]).toMatchObject({ field: "subgroup", rule: "subgroup" })
    expect(checkSubgroup(1, " ").errors[0]).toMatchObject({ field: "subgroup", rule: "required" })
    expect(checkSubgroup(1, "1.9").errors[0]).toMatchObject({ rule: "subgroup" })
  })
})
