/**
 * Score sheet validation and star ranking (Decision 148/QĐ-TTg of 2023). Pure TypeScript.
 *
 * Points are handled as integer hundredths of a point internally, so 69.99 + 0.01 is exactly 70
 * and no float ever decides a star level.
 */
import {
  FEEDBACK_BANDS,
  MANDATORY_CRITERIA,
  MAX_TOTAL,
  SCORE_PARTS,
  STAR_BANDS,
  mandatoryCriteriaFor,
  type PartCode,
  type Stars,
} from "./criteria"
import { isProductGroup } from "@ocop/reference"
import { RuleViolation, type RuleError, type RuleResult } from "./errors"

export type Scores = Record<PartCode, Record<string, number>>

export interface ScoreSheetInput {
  product_group: number
  /** Points per criterion: `{ A: { A1: 3.5, … }, B: { … }, C: { … } }`. Every criterion is required. */
  scores: unknown
  /** Codes of the mandatory criteria the product does NOT meet. */
  mandatory_unmet?: unknown
  /** Part and grand totals as written on the council's sheet (optional): they must equal the sums. */
  part_a?: number | null
  part_b?: number | null
  part_c?: number | null
  total?: number | null
}

export interface ScoreSheetResult {
  scores: Scores
  /** Integer hundredths of a point. */
  part_a: number
  part_b: number
  part_c: number
  total: number
  /** 1–5 from the total alone (1★ and 2★ are feedback, not certificates). */
  rank: 1 | 2 | 3 | 4 | 5
  /** Certified stars from the total alone, before mandatory criteria. */
  score_stars: Stars | null
  /** Certified stars after the mandatory criteria: the highest level whose mandatory criteria are met. */
  stars: Stars | null
  mandatory_unmet: string[]
  /** The unmet mandatory criteria that lowered the level (empty when not downgraded). */
  downgraded_by: string[]
}

const PART_TOTAL_FIELD: Record<PartCode, "part_a" | "part_b" | "part_c"> = { A: "part_a", B: "part_b", C: "part_c" }

/** Points → integer hundredths; null when not a finite number with at most two decimals. */
export function toHundredths(points: unknown): number | null {
  if (typeof points !== "number" || !Number.isFinite(points)) return null
  const scaled = points * 100
  const rounded = Math.round(scaled)
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : null
}

/** Integer hundredths → points as a number with at most two decimals (for the API). */
export function fromHundredths(hundredths: number): number {
  return Math.round(hundredths) / 100
}

/** Certified stars from a total in hundredths of a point: <5000 none, 5000–6999 3★, 7000–8999 4★, ≥9000 5★. */
export function starsFromHundredths(total: number): Stars | null {
  if (!Number.isInteger(total) || total < 0 || total > MAX_TOTAL * 100) {
    throw new RuleViolation([
      {
        field: "total",
        rule: "range",
        params: { max: MAX_TOTAL, value: total / 100 },
        message: `the total must be between 0 and ${MAX_TOTAL} points (got ${total / 100})`,
      },
    ])
  }
  for (const band of STAR_BANDS) {
    if (total >= band.min_total * 100) return band.stars
  }
  return null
}

/** Certified stars from a total in points (at most two decimals, 0–100); throws RuleViolation otherwise. */
export function starsFromTotal(points: number): Stars | null {
  const hundredths = toHundredths(points)
  if (hundredths === null) {
    throw new RuleViolation([
      {
        field: "total",
        rule: "decimals",
        params: { value: points },
        message: `the total must be a number with at most two decimals (got ${points})`,
      },
    ])
  }
  return starsFromHundredths(hundredths)
}

/** 1–5 from the total in hundredths (1★ and 2★ are feedback to improve). */
export function rankFromHundredths(total: number): 1 | 2 | 3 | 4 | 5 {
  const stars = starsFromHundredths(total)
  if (stars) return stars
  return FEEDBACK_BANDS.find((band) => total >= band.min_total * 100)!.rank
}

/**
 * The highest level ≤ `scoreStars` whose mandatory criteria (for this product group) are all met.
 * Mandatory criteria are cumulative: one mandatory from 3★ is also mandatory for 4★ and 5★.
 */
export function applyMandatoryCriteria(
  scoreStars: Stars | null,
  productGroup: number,
  unmet: string[],
): { stars: Stars | null; downgraded_by: string[] } {
  if (scoreStars === null) return { stars: null, downgraded_by: [] }
  const applicable = mandatoryCriteriaFor(productGroup)
  const unmetSet = new Set(unmet)
  const downgradedBy = new Set<string>()
  for (let level = scoreStars; level >= 3; level--) {
    const failing = applicable.filter((c) => c.from_stars <= level && unmetSet.has(c.code))
    if (!failing.length) return { stars: level as Stars, downgraded_by: [...downgradedBy] }
    failing.forEach((c) => downgradedBy.add(c.code))
  }
  return { stars: null, downgraded_by: [...downgradedBy] }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * Validates a score sheet: every criterion present, within 0..max, at most two decimals; no unknown
 * criterion; declared part totals (if given) equal to the sum of their criteria and within the part
 * maximum; declared total equal to the sum of the parts; mandatory criteria known and applicable
 * to the product group. Returns the totals and the stars, or every broken rule with its field.
 */
export function evaluateScoreSheet(input: ScoreSheetInput): RuleResult<ScoreSheetResult> {
  const errors: RuleError[] = []
  if (!isProductGroup(input.product_group)) {
    errors.push({
      field: "product_group",
      rule: "enum",
      params: {},
      message: "the product group must be one of 1–6 (Decision 148/2023)",
    })
  }

  const scores = {} as Scores
  const partTotals = {} as Record<PartCode, number>
  if (!isRecord(input.scores)) {
    errors.push({
      field: "scores",
      rule: "required",
      params: {},
      message: "the score sheet must be an object with parts A, B and C",
    })
  } else {
    for (const key of Object.keys(input.scores)) {
      if (!SCORE_PARTS.some((part) => part.code === key)) {
        errors.push({
          field: `scores.${key}`,
          rule: "unknown",
          params: { part: key },
          message: `unknown part "${key}": the parts are A, B and C`,
        })
      }
    }
    for (const part of SCORE_PARTS) {
      const given = input.scores[part.code]
      scores[part.code] = {}
      if (!isRecord(given)) {
        errors.push({
          field: `scores.${part.code}`,
          rule: "required",
          params: { part: part.code },
          message: `part ${part.code} is required`,
        })
        continue
      }
      for (const key of Object.keys(given)) {
        if (!part.criteria.some((criterion) => criterion.code === key)) {
          errors.push({
            field: `scores.${part.code}.${key}`,
            rule: "unknown",
            params: { criterion: key, part: part.code },
            message: `unknown criterion "${key}" in part ${part.code}`,
          })
        }
      }
      let sum = 0
      for (const criterion of part.criteria) {
        const field = `scores.${part.code}.${criterion.code}`
        const value = given[criterion.code]
        if (value === undefined || value === null) {
          errors.push({
            field,
            rule: "required",
            params: { criterion: criterion.code, part: part.code },
            message: `criterion ${criterion.code} (${criterion.label_en}) is required`,
          })
          continue
        }
        const hundredths = toHundredths(value)
        if (hundredths === null) {
          errors.push({
            field,
            rule: "decimals",
            params: { criterion: criterion.code, value: String(value) },
            message: `must be a number with at most two decimals (got ${JSON.stringify(value)})`,
          })
          continue
        }
        if (hundredths < 0 || hundredths > criterion.max * 100) {
          errors.push({
            field,
            rule: "range",
            params: { criterion: criterion.code, max: criterion.max, value: Number(value) },
            message: `must be between 0 and ${criterion.max} points (got ${value})`,
          })
          continue
        }
        scores[part.code][criterion.code] = hundredths / 100
        sum += hundredths
      }
      partTotals[part.code] = sum
      if (sum > part.max * 100) {
        errors.push({
          field: PART_TOTAL_FIELD[part.code],
          rule: "part_max",
          params: { part: part.code, max: part.max, value: sum / 100 },
          message: `part ${part.code} adds up to ${sum / 100} points, above its maximum of ${part.max}`,
        })
      }
      const declared = input[PART_TOTAL_FIELD[part.code]]
      if (declared !== undefined && declared !== null) {
        const declaredHundredths = toHundredths(declared)
        if (declaredHundredths === null || declaredHundredths < 0 || declaredHundredths > part.max * 100) {
          errors.push({
            field: PART_TOTAL_FIELD[part.code],
            rule: "part_max",
            params: { part: part.code, max: part.max, value: String(declared) },
            message: `part ${part.code} must be between 0 and ${part.max} points with at most two decimals (got ${declared})`,
          })
        } else if (declaredHundredths !== sum) {
          errors.push({
            field: PART_TOTAL_FIELD[part.code],
            rule: "part_sum",
            params: { part: part.code, declared: String(declared), sum: sum / 100 },
            message: `part ${part.code} is declared as ${declared} but its criteria add up to ${sum / 100}`,
          })
        }
      }
    }
  }

  const total = (partTotals.A ?? 0) + (partTotals.B ?? 0) + (partTotals.C ?? 0)
  if (input.total !== undefined && input.total !== null) {
    const declared = toHundredths(input.total)
    if (declared === null || declared < 0 || declared > MAX_TOTAL * 100) {
      errors.push({
        field: "total",
        rule: "range",
        params: { max: MAX_TOTAL, value: String(input.total) },
        message: `the total must be between 0 and ${MAX_TOTAL} points with at most two decimals (got ${input.total})`,
      })
    } else if (declared !== total) {
      errors.push({
        field: "total",
        rule: "total_sum",
        params: { declared: String(input.total), sum: total / 100 },
        message: `the total is declared as ${input.total} but parts A, B and C add up to ${total / 100}`,
      })
    }
  }

  const unmet: string[] = []
  const rawUnmet = input.mandatory_unmet ?? []
  if (!Array.isArray(rawUnmet)) {
    errors.push({
      field: "mandatory_unmet",
      rule: "type",
      params: {},
      message: "must be a list of mandatory criterion codes",
    })
  } else {
    const applicable = isProductGroup(input.product_group)
      ? mandatoryCriteriaFor(input.product_group)
      : MANDATORY_CRITERIA
    rawUnmet.forEach((code, i) => {
      const criterion = MANDATORY_CRITERIA.find((c) => c.code === code)
      if (!criterion) {
        errors.push({
          field: `mandatory_unmet.${i}`,
          rule: "unknown",
          params: { value: String(code) },
          message: `unknown mandatory criterion ${JSON.stringify(code)}; known: ${MANDATORY_CRITERIA.map((c) => c.code).join(", ")}`,
        })
      } else if (!applicable.includes(criterion)) {
        errors.push({
          field: `mandatory_unmet.${i}`,
          rule: "not_applicable",
          params: { criterion_vi: criterion.label_vi, criterion_en: criterion.label_en, group: input.product_group },
          message: `mandatory criterion "${code}" does not apply to product group ${input.product_group}`,
        })
      } else if (!unmet.includes(criterion.code)) {
        unmet.push(criterion.code)
      }
    })
  }

  if (errors.length) return { ok: false, errors }

  const scoreStars = starsFromHundredths(total)
  const { stars, downgraded_by } = applyMandatoryCriteria(scoreStars, input.product_group, unmet)
  return {
    ok: true,
    value: {
      scores,
      part_a: partTotals.A,
      part_b: partTotals.B,
      part_c: partTotals.C,
      total,
      rank: rankFromHundredths(total),
      score_stars: scoreStars,
      stars,
      mandatory_unmet: unmet,
      downgraded_by,
    },
  }
}

/**
 * A score sheet whose criteria add up exactly to `total` points, spread in proportion to each
 * criterion's maximum (for demo data and tests; a council scores each criterion itself).
 */
export function scoresForTotal(total: number): Scores {
  const target = toHundredths(total)
  if (target === null || target < 0 || target > MAX_TOTAL * 100) {
    throw new RuleViolation([
      {
        field: "total",
        rule: "range",
        params: { max: MAX_TOTAL, value: total },
        message: `must be 0–${MAX_TOTAL} with at most two decimals`,
      },
    ])
  }
  const all = SCORE_PARTS.flatMap((part) => part.criteria.map((criterion) => ({ part: part.code, criterion })))
  const given = all.map(({ criterion }) => Math.floor((target * criterion.max) / MAX_TOTAL))
  let rest = target - given.reduce((a, b) => a + b, 0)
  for (let i = 0; rest > 0; i = (i + 1) % all.length) {
    if (given[i] < all[i].criterion.max * 100) {
      given[i] += 1
      rest -= 1
    }
  }
  const scores = { A: {}, B: {}, C: {} } as Scores
  all.forEach(({ part, criterion }, i) => {
    scores[part][criterion.code] = given[i] / 100
  })
  return scores
}
