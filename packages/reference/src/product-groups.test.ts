import { describe, expect, it } from "vitest"
import {
  PRODUCT_GROUPS,
  findProductGroup,
  findSubgroup,
  isProductGroup,
  isServiceGroup,
  isSubgroupOf,
  productGroup,
  productGroupLabel,
} from "./product-groups"

describe("OCOP product groups (Decision 148/QĐ-TTg)", () => {
  it("has the six groups, 17 subgroups and 26 product sets with unique codes and handles", () => {
    expect(PRODUCT_GROUPS.map((group) => group.code)).toEqual([1, 2, 3, 4, 5, 6])
    expect(new Set(PRODUCT_GROUPS.map((group) => group.handle)).size).toBe(6)
    const subgroups = PRODUCT_GROUPS.flatMap((group) => group.subgroups)
    expect(subgroups).toHaveLength(17)
    expect(new Set(subgroups.map((subgroup) => subgroup.code)).size).toBe(17)
    // the decision's 26 sets: each subgroup without sets is one set
    expect(subgroups.reduce((n, subgroup) => n + Math.max(1, subgroup.sets.length), 0)).toBe(26)
    for (const group of PRODUCT_GROUPS) {
      for (const subgroup of group.subgroups) {
        expect(subgroup.code.startsWith(`${group.code}.`), subgroup.code).toBe(true)
        for (const s of subgroup.sets) expect(s.code.startsWith(`${subgroup.code}.`), s.code).toBe(true)
      }
    }
  })

  it("marks only community tourism as a service", () => {
    expect(PRODUCT_GROUPS.filter((group) => group.is_service).map((group) => group.code)).toEqual([6])
    expect(isServiceGroup(6)).toBe(true)
    expect(isServiceGroup("6")).toBe(true)
    expect(isServiceGroup(1)).toBe(false)
    expect(isServiceGroup(undefined)).toBe(false)
  })

  it("names groups in Vietnamese and English", () => {
    expect(productGroupLabel(productGroup(3)!, "vi")).toBe("Dược liệu và sản phẩm từ dược liệu")
    expect(productGroupLabel(productGroup(4)!, "en")).toBe("Handicrafts")
    expect(productGroupLabel(productGroup(5)!, "vi")).toBe("Sinh vật cảnh")
  })

  it("finds a group by number, handle or label, with or without diacritics", () => {
    expect(findProductGroup("1")?.code).toBe(1)
    expect(findProductGroup(2)?.code).toBe(2)
    expect(findProductGroup("thu-cong-my-nghe")?.code).toBe(4)
    expect(findProductGroup("Sinh vật cảnh")?.code).toBe(5)
    expect(findProductGroup("sinh vat canh")?.code).toBe(5)
    expect(findProductGroup("Beverages")?.code).toBe(2)
    expect(findProductGroup("7")).toBeUndefined()
    expect(findProductGroup("")).toBeUndefined()
    expect(isProductGroup(6)).toBe(true)
    expect(isProductGroup(0)).toBe(false)
    expect(isProductGroup("1")).toBe(false)
  })

  it("checks that a subgroup belongs to its group, by code or label", () => {
    expect(isSubgroupOf(1, "1.2")).toBe(true)
    expect(isSubgroupOf(1, "Thực phẩm chế biến")).toBe(true)
    expect(isSubgroupOf("1", "thuc pham che bien")).toBe(true)
    expect(isSubgroupOf(2, "Đồ uống có cồn")).toBe(true)
    expect(isSubgroupOf(3, "Tinh dầu và dược liệu khác")).toBe(true)
    expect(isSubgroupOf(4, "Vải, may mặc")).toBe(true)
    expect(isSubgroupOf(5, "Cây cảnh")).toBe(true)
    expect(isSubgroupOf(6, "6.1")).toBe(true)
    // wrong group, unknown or free text
    expect(isSubgroupOf(2, "Thực phẩm chế biến")).toBe(false)
    expect(isSubgroupOf(5, "4.1")).toBe(false)
    expect(isSubgroupOf(1, "Mật ong")).toBe(false)
    expect(isSubgroupOf(1, "")).toBe(false)
    expect(isSubgroupOf(1, null)).toBe(false)
    expect(findSubgroup("Cà phê, ca cao")).toMatchObject({ code: "1.6", group: 1 })
  })
})
