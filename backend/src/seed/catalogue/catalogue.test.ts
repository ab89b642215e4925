import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { COMPLETE_FORMER_PROVINCES, FORMER_DISTRICTS, findSubgroup, isDistrictOf, PROVINCES } from "@ocop/reference"
import { renderProductImage } from "../images"
import { demoProducers } from "./producers"
import { demoProducts } from "./products"

const units = PROVINCES
const producerByKey = new Map(demoProducers.map((p) => [p.key, p]))
const variants = demoProducts.flatMap((p) => p.variants)
/** Letters that only Vietnamese spelling has (tones and the ă â đ ê ô ơ ư bases). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

describe("demo producers", () => {
  it("uses every subject type at least three times", () => {
    for (const type of ["enterprise", "cooperative", "cooperative_group", "household_business"]) {
      expect(demoProducers.filter((p) => p.type === type).length).toBeGreaterThanOrEqual(3)
    }
  })

  it("has unique keys and tax codes in the official formats", () => {
    expect(new Set(demoProducers.map((p) => p.key)).size).toBe(demoProducers.length)
    expect(new Set(demoProducers.map((p) => p.taxCode)).size).toBe(demoProducers.length)
    for (const p of demoProducers) {
      expect(p.taxCode).toMatch(p.type === "household_business" ? /^\d{12}$/ : /^\d{10}(-\d{3})?$/)
    }
  })

  it("places every producer in one of the 34 units, mapping old province names to their unit", () => {
    expect(units).toHaveLength(34)
    for (const p of demoProducers) {
      const unit = units.find((u) => u.name === p.province)
      expect(unit, p.key).toBeDefined()
      // A merged province, or Thừa Thiên Huế (renamed Huế city on 1 Jan 2025).
      if (p.historicalProvince)
        expect([...unit!.merged, ...(p.province === "Huế" ? ["Thừa Thiên Huế"] : [])], p.key).toContain(
          p.historicalProvince,
        )
    }
    expect(demoProducers.some((p) => p.historicalProvince)).toBe(true)
  })

  it("names the former province of every producer whose unit was merged, in its record and its address", () => {
    for (const p of demoProducers) {
      const unit = units.find((u) => u.name === p.province)!
      if (!unit.merged.length || !p.historicalProvince) continue
      expect(p.address, p.key).toContain(`tỉnh ${p.historicalProvince}`)
    }
    // Hoàng Su Phì lay in Hà Giang, Lò Rèn Vĩnh Kim in Tiền Giang.
    expect(producerByKey.get("htx-che-shan-tuyet-hoang-su-phi")).toMatchObject({
      historicalProvince: "Hà Giang",
      formerDistrict: "huyện Hoàng Su Phì",
    })
    expect(producerByKey.get("hkd-nguyen-van-muoi")).toMatchObject({
      historicalProvince: "Tiền Giang",
      formerDistrict: "huyện Châu Thành",
    })
  })

  it("places every producer in a real district of its former province (for 3★ decisions before the reform)", () => {
    for (const p of demoProducers) {
      const former = p.historicalProvince ?? p.province
      expect(FORMER_DISTRICTS[former], `${p.key}: ${former}`).toBeDefined()
      expect(isDistrictOf(p.formerDistrict, former), `${p.key}: ${p.formerDistrict}, ${former}`).toBe(true)
      expect(p.formerDistrict).toMatch(/^(huyện|quận|thị xã|thành phố) \S/)
    }
    // Each district listed once; beyond the provinces listed in full, only districts some producer uses.
    const used = new Set(demoProducers.map((p) => `${p.historicalProvince ?? p.province}|${p.formerDistrict}`))
    for (const [province, districts] of Object.entries(FORMER_DISTRICTS)) {
      expect(new Set(districts).size).toBe(districts.length)
      if (COMPLETE_FORMER_PROVINCES.includes(province)) continue
      for (const district of districts) expect(used.has(`${province}|${district}`), district).toBe(true)
    }
  })
})

describe("demo products", () => {
  it("has at least 300 products in all six groups, group 6 as bookable services", () => {
    expect(demoProducts.length).toBeGreaterThanOrEqual(300)
    expect(new Set(demoProducts.map((p) => p.group))).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    expect(demoProducts.filter((p) => p.group === 6).length).toBeGreaterThanOrEqual(10)
    for (const p of demoProducts) expect(p.isService, p.handle).toBe(p.group === 6)
  })

  it("puts every product in one of its group's subgroups of Decision 148, by the decision's label", () => {
    for (const p of demoProducts) {
      expect(findSubgroup(p.subgroup), p.handle).toMatchObject({ group: p.group, label_vi: p.subgroup })
    }
  })

  it("files tea (1.5), coffee and cocoa (1.6) under food, group 1, as Decision 148 does; drinks are wine, spirits and juices", () => {
    const byLine = (line: string) => demoProducts.filter((p) => p.line === line)
    for (const [line, subgroup] of [
      ["Chè/Trà", "Chè"],
      ["Cà phê", "Cà phê, ca cao"],
      ["Ca cao", "Cà phê, ca cao"],
    ]) {
      expect(byLine(line).length, line).toBeGreaterThan(0)
      for (const p of byLine(line))
        expect({ group: p.group, subgroup: p.subgroup }, p.handle).toEqual({ group: 1, subgroup })
    }
    const drinks = demoProducts.filter((p) => p.group === 2)
    expect(drinks.length).toBeGreaterThan(0)
    for (const p of drinks)
      expect(p.title, p.handle).not.toMatch(/^(Chè|Trà|Bạch trà|Hồng trà|Cà phê|Ca cao|Bột ca cao)/)
  })

  it("belongs to known producers spread over at least 20 provinces", () => {
    for (const p of demoProducts) expect(producerByKey.has(p.producerKey), p.handle).toBe(true)
    const provinces = new Set(demoProducts.map((p) => producerByKey.get(p.producerKey)!.province))
    expect(provinces.size).toBeGreaterThanOrEqual(20)
  })

  it("has all star levels with scores in their bands", () => {
    expect(new Set(demoProducts.map((p) => p.stars))).toEqual(new Set([3, 4, 5]))
    const bands = { 3: [50, 69.99], 4: [70, 89.99], 5: [90, 100] } as const
    for (const p of demoProducts) {
      const [low, high] = bands[p.stars]
      expect(p.totalScore, p.handle).toBeGreaterThanOrEqual(low)
      expect(p.totalScore, p.handle).toBeLessThanOrEqual(high)
      expect(Math.round(p.totalScore * 100) / 100, p.handle).toBe(p.totalScore)
    }
  })

  it("has unique ASCII handles and unique SKUs", () => {
    expect(new Set(demoProducts.map((p) => p.handle)).size).toBe(demoProducts.length)
    for (const p of demoProducts) expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length)
  })

  it("has 1–3 variants with whole positive VND prices and non-negative whole stock", () => {
    for (const p of demoProducts) {
      expect(p.variants.length, p.handle).toBeGreaterThanOrEqual(1)
      expect(p.variants.length, p.handle).toBeLessThanOrEqual(3)
      expect(new Set(p.variants.map((v) => v.title)).size, p.handle).toBe(p.variants.length)
    }
    for (const v of variants) {
      expect(Number.isInteger(v.priceVnd) && v.priceVnd > 0, v.sku).toBe(true)
      expect(v.priceVnd % 1000, v.sku).toBe(0)
      expect(Number.isInteger(v.stock) && v.stock >= 0, v.sku).toBe(true)
    }
  })

  it("is written in Vietnamese with diacritics, with English beside it", () => {
    for (const p of demoProducts) {
      expect(p.title, p.handle).toMatch(VIETNAMESE)
      expect(p.titleEn, p.handle).toMatch(/^[\x20-\x7e×°–]+$/)
      expect(p.description.length && p.descriptionEn.length, p.handle).toBeGreaterThan(0)
    }
  })
})

describe("renderProductImage", () => {
  it("renders a WebP of the requested size", async () => {
    const image = await renderProductImage({ handle: "mat-ong-hoa-nhan-hung-yen", group: 1 }, 240)
    expect(image.subarray(0, 4).toString("ascii")).toBe("RIFF")
    expect(image.subarray(8, 12).toString("ascii")).toBe("WEBP")
    const { format, width, height } = await sharp(image).metadata()
    expect({ format, width, height }).toEqual({ format: "webp", width: 240, height: 240 })
  })

  it("draws different images for different handles", async () => {
    const [a, b] = await Promise.all([
      renderProductImage({ handle: "mat-ong-hoa-nhan-hung-yen", group: 1 }, 120),
      renderProductImage({ handle: "mat-ong-rung-u-minh", group: 1 }, 120),
    ])
    expect(a.equals(b)).toBe(false)
  })
})
