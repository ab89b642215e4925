import { describe, it, expect } from "vitest"
import { MANDATORY_CRITERIA, SCORE_PARTS, STAR_BANDS } from "./criteria"
import { RuleViolation } from "./errors"
import {
  applyMandatoryCriteria,
  evaluateScoreSheet,
  scoresForTotal,
  starsFromTotal,
  toHundredths,
  type ScoreSheetInput,
} from "./scoring"

function fullMarks() {
  return Object.fromEntries(
    SCORE_PARTS.map((part) => [part.code, Object.fromEntries(part.criteria.map((c) => [c.code, c.max]))]),
  ) as Record<"A" | "B" | "C", Record<string, number>>
}

function sheet(overrides: Partial<ScoreSheetInput> = {}): ScoreSheetInput {
  return { product_group: 1, scores: fullMarks(), mandatory_unmet: [], ...overrides }
}

function evaluate(input: ScoreSheetInput) {
  const result = evaluateScoreSheet(input)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

function fieldsOf(input: ScoreSheetInput) {
  const result = evaluateScoreSheet(input)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors.map((e) => e.field)
}

describe("criteria data", () => {
  it("has parts A 40, B 25, C 35 whose criteria add up to their maxima", () => {
    expect(SCORE_PARTS.map((p) => [p.code, p.max])).toEqual([
      ["A", 40],
      ["B", 25],
      ["C", 35],
    ])
    for (const part of SCORE_PARTS) {
      expect(part.criteria.reduce((sum, c) => sum + c.max, 0)).toBe(part.max)
      for (const c of part.criteria) expect(c.label_vi && c.label_en).toBeTruthy()
    }
  })

  it("lists the mandatory criteria with their level and groups", () => {
    const byCode = Object.fromEntries(MANDATORY_CRITERIA.map((c) => [c.code, c]))
    expect(byCode.legal_registration.from_stars).toBe(3)
    expect(byCode.food_safety).toMatchObject({ from_stars: 3, product_groups: [1, 2, 3] })
    expect(byCode.product_standard.from_stars).toBe(3)
    expect(byCode.traceability.from_stars).toBe(4)
    expect(byCode.product_story.from_stars).toBe(4)
    expect(byCode.export_capacity.from_stars).toBe(5)
    expect(STAR_BANDS.map((b) => [b.stars, b.min_total])).toEqual([
      [5, 90],
      [4, 70],
      [3, 50],
    ])
  })
})

describe("stars from the total", () => {
  it.each([
    [0, null],
    [49.99, null],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])("%s points → %s", (total, stars) => {
    expect(starsFromTotal(total)).toBe(stars)
  })

  it("refuses 100.01, negative totals and more than two decimals", () => {
    expect(() => starsFromTotal(100.01)).toThrow(RuleViolation)
    expect(() => starsFromTotal(-0.01)).toThrow(/between 0 and 100/)
    expect(() => starsFromTotal(69.999)).toThrow(/two decimals/)
    expect(() => starsFromTotal(Number.NaN)).toThrow(RuleViolation)
  })

  it("adds in hundredths, never floats", () => {
    expect(toHundredths(0.1) + toHundredths(0.2)!).toBe(30)
    expect(toHundredths(69.99)).toBe(6999)
    expect(toHundredths(1.005)).toBeNull()
  })
})

describe("score sheet", () => {
  it.each([49.99, 50, 69.99, 70, 89.99, 90, 100])("a sheet adding up to %s gets the stars of its total", (total) => {
    const result = evaluate(sheet({ scores: scoresForTotal(total) }))
    expect(result.total).toBe(Math.round(total * 100))
    expect(result.part_a + result.part_b + result.part_c).toBe(result.total)
    expect(result.stars).toBe(starsFromTotal(total))
  })

  it("computes part totals and the total in hundredths", () => {
    const scores = fullMarks()
    scores.A.A1 = 3.25
    scores.B.B1 = 4.5
    scores.C.C7 = 0.01
    const result = evaluate(sheet({ scores }))
    expect(result).toMatchObject({ part_a: 3925, part_b: 2450, part_c: 2901, total: 9276, stars: 5, rank: 5 })
  })

  it("refuses a criterion above its maximum or below 0, naming it", () => {
    const scores = fullMarks()
    scores.A.A1 = 4.01
    scores.C.C3 = -1
    expect(fieldsOf(sheet({ scores }))).toEqual(["scores.A.A1", "scores.C.C3"])
  })

  it("refuses a part that would exceed its maximum (100.01 overall)", () => {
    const scores = fullMarks()
    scores.B.B6 = 3.01
    const result = evaluateScoreSheet(sheet({ scores }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatchObject({ field: "scores.B.B6", rule: "range" })
  })

  it("refuses declared part totals that are not the sum of their criteria, or above the part maximum", () => {
    expect(fieldsOf(sheet({ part_a: 39 }))).toEqual(["part_a"])
    expect(fieldsOf(sheet({ part_b: 25.5 }))).toEqual(["part_b"])
    expect(fieldsOf(sheet({ part_c: 35, total: 99 }))).toEqual(["total"])
    expect(evaluateScoreSheet(sheet({ part_a: 40, part_b: 25, part_c: 35, total: 100 })).ok).toBe(true)
    const result = evaluateScoreSheet(sheet({ part_a: 41 }))
    expect(!result.ok && result.errors[0].rule).toBe("part_max")
  })

  it("refuses missing, unknown and non-numeric criteria, and unknown parts", () => {
    const scores: any = fullMarks()
    delete scores.A.A2
    scores.B.B9 = 1
    scores.C.C1 = "5"
    scores.D = {}
    expect(fieldsOf(sheet({ scores })).sort()).toEqual(["scores.A.A2", "scores.B.B9", "scores.C.C1", "scores.D"].sort())
    expect(fieldsOf(sheet({ scores: { A: fullMarks().A, B: fullMarks().B } }))).toEqual(["scores.C"])
    expect(fieldsOf(sheet({ scores: null }))).toEqual(["scores"])
  })

  it("refuses an unknown product group and unknown or inapplicable mandatory criteria", () => {
    expect(fieldsOf(sheet({ product_group: 7 }))).toEqual(["product_group"])
    expect(fieldsOf(sheet({ mandatory_unmet: ["nope"] }))).toEqual(["mandatory_unmet.0"])
    expect(fieldsOf(sheet({ product_group: 4, mandatory_unmet: ["food_safety"] }))).toEqual(["mandatory_unmet.0"])
  })
})

describe("mandatory criteria downgrade", () => {
  it("keeps the level when every mandatory criterion is met", () => {
    expect(applyMandatoryCriteria(5, 1, [])).toEqual({ stars: 5, downgraded_by: [] })
  })

  it("downgrades a 5★ score without export capacity to 4★", () => {
    expect(applyMandatoryCriteria(5, 1, ["export_capacity"])).toEqual({ stars: 4, downgraded_by: ["export_capacity"] })
  })

  it("downgrades a 5★ score without traceability to 3★ (mandatory from 4★ up)", () => {
    expect(applyMandatoryCriteria(5, 2, ["traceability"])).toEqual({ stars: 3, downgraded_by: ["traceability"] })
  })

  it("gives no stars without legal registration or, for food, without a food-safety certificate", () => {
    expect(applyMandatoryCriteria(4, 4, ["legal_registration"]).stars).toBeNull()
    expect(applyMandatoryCriteria(3, 1, ["food_safety"]).stars).toBeNull()
  })

  it("ignores unmet criteria above the score level", () => {
    expect(applyMandatoryCriteria(3, 1, ["traceability", "export_capacity"])).toEqual({ stars: 3, downgraded_by: [] })
  })

  it("is applied by the score sheet", () => {
    const result = evaluate(sheet({ scores: scoresForTotal(92), mandatory_unmet: ["product_story"] }))
    expect(result).toMatchObject({ score_stars: 5, stars: 3, downgraded_by: ["product_story"] })
  })
})

describe("scoresForTotal", () => {
  it.each([0, 0.01, 33.33, 72.5, 99.99, 100])("spreads %s points within every criterion maximum", (total) => {
    const scores = scoresForTotal(total)
    const result = evaluate(sheet({ scores }))
    expect(result.total).toBe(Math.round(total * 100))
  })
})
