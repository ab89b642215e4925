/**
 * State and live computation of the Issue / Renew form. The stars are computed by the pure rules
 * module (the same code the server runs), so what the officer sees is what the API will decide.
 */
import { checkAuthority, competentAuthority, type AuthorityLevel } from "../../rules/authority"
import type { MandatoryCriterion, PartCode, ScorePart, Stars } from "../../rules/criteria"
import { parseDecisionNumber } from "../../rules/decision-number"
import { checkIssuer, competentIssuerName, type ProducerLocation } from "../../rules/issuer"
import type { RuleError } from "../../rules/errors"
import {
  applyMandatoryCriteria,
  evaluateScoreSheet,
  rankFromHundredths,
  starsFromHundredths,
  toHundredths,
} from "../../rules/scoring"
import { parseVnDate } from "../../rules/vn-date"
import type { CertificateBody, OcopCertificate, OcopSubject } from "./types"

export interface CertificateFormState {
  subject_id: string
  product_group: string
  subgroup: string
  /** Raw text of each criterion's input, by criterion code. */
  scores: Record<string, string>
  /** Mandatory criteria ticked as met, by code. */
  mandatory_met: Record<string, boolean>
  council: string
  evaluated_at: string
  decision_number: string
  decision_date: string
  authority_level: AuthorityLevel | ""
  authority_name: string
  document_url: string
  /** The officer chose the authority level / name by hand: stop suggesting. */
  authority_level_touched: boolean
  authority_name_touched: boolean
}

export function emptyForm(seed: {
  product_group?: number | null
  subgroup?: string | null
  subject_id?: string | null
}): CertificateFormState {
  return {
    subject_id: seed.subject_id ?? "",
    product_group: seed.product_group ? String(seed.product_group) : "",
    subgroup: seed.subgroup ?? "",
    scores: {},
    mandatory_met: {},
    council: "",
    evaluated_at: "",
    decision_number: "",
    decision_date: "",
    authority_level: "",
    authority_name: "",
    document_url: "",
    authority_level_touched: false,
    authority_name_touched: false,
  }
}

/** The mandatory criteria that apply to a product group (all of them while no group is chosen). */
export function applicableMandatory(criteria: MandatoryCriterion[], productGroup: number | null) {
  if (!productGroup) return criteria
  return criteria.filter((c) => !c.product_groups || c.product_groups.includes(productGroup as never))
}

export interface ScorePreview {
  /** Hundredths of a point per part, counting only valid entries. */
  parts: Record<PartCode, number>
  total: number
  filled: number
  expected: number
  complete: boolean
  /** Per criterion code: what is wrong with its entry (the key of its message, which takes the criterion's `max`). */
  invalid: Record<string, string>
  rank: 1 | 2 | 3 | 4 | 5
  score_stars: Stars | null
  stars: Stars | null
  unmet: string[]
  downgraded_by: string[]
  /** Full validation by the rules module (only meaningful once complete). */
  errors: RuleError[]
}

export function previewScores(
  parts: ScorePart[],
  mandatory: MandatoryCriterion[],
  form: CertificateFormState,
): ScorePreview {
  const group = Number(form.product_group) || null
  const totals = { A: 0, B: 0, C: 0 } as Record<PartCode, number>
  const invalid: Record<string, string> = {}
  const scores = { A: {}, B: {}, C: {} } as Record<PartCode, Record<string, number>>
  let filled = 0
  let expected = 0
  for (const part of parts) {
    for (const criterion of part.criteria) {
      expected++
      const raw = (form.scores[criterion.code] ?? "").trim().replace(",", ".")
      if (raw === "") continue
      const value = Number(raw)
      const hundredths = toHundredths(value)
      if (hundredths === null) {
        invalid[criterion.code] = "ocop_certificate_form.score_decimals"
        continue
      }
      if (hundredths < 0 || hundredths > criterion.max * 100) {
        invalid[criterion.code] = "ocop_certificate_form.score_range"
        continue
      }
      filled++
      totals[part.code] += hundredths
      scores[part.code][criterion.code] = value
    }
  }
  const total = Math.min(totals.A + totals.B + totals.C, 10000)
  const unmet = applicableMandatory(mandatory, group)
    .filter((c) => !form.mandatory_met[c.code])
    .map((c) => c.code)
  const scoreStars = starsFromHundredths(total)
  const { stars, downgraded_by } = group
    ? applyMandatoryCriteria(scoreStars, group, unmet)
    : { stars: scoreStars, downgraded_by: [] as string[] }
  const complete = filled === expected && Object.keys(invalid).length === 0
  const evaluated = evaluateScoreSheet({ product_group: group ?? 0, scores, mandatory_unmet: unmet })
  return {
    parts: totals,
    total,
    filled,
    expected,
    complete,
    invalid,
    rank: rankFromHundredths(total),
    score_stars: scoreStars,
    stars,
    unmet,
    downgraded_by,
    errors: evaluated.ok ? [] : evaluated.errors,
  }
}

/**
 * What the competent authority is for these stars on this date (and, once the producer is chosen,
 * its name for the producer's location), and what is wrong with the entry.
 */
export function authorityAdvice(
  stars: Stars | null,
  form: CertificateFormState,
  producer: ProducerLocation | null = null,
) {
  const date = parseVnDate(form.decision_date)
  if (!stars || !date) return { suggestion: null, warnings: [] as RuleError[] }
  const suggestion = {
    ...competentAuthority(stars, date),
    name: producer ? competentIssuerName(stars, date, producer) : competentAuthority(stars, date).name,
  }
  const warnings = checkAuthority({
    stars,
    decision_date: date,
    authority_level: form.authority_level || undefined,
    decision_number: form.decision_number.trim() ? form.decision_number : undefined,
  })
  if (form.authority_level === suggestion.level && form.authority_name.trim()) {
    warnings.push(
      ...checkIssuer({
        decision_date: date,
        authority_level: suggestion.level,
        authority_name: form.authority_name,
        producer,
      }).errors,
    )
  }
  return { suggestion, warnings }
}

/** What is wrong with a typed decision number (the form says it in the admin's language), if anything. */
export function decisionNumberError(value: string): RuleError | null {
  if (!value.trim()) return null
  const parsed = parseDecisionNumber(value)
  return parsed.ok ? null : parsed.error
}

export function toBody(
  form: CertificateFormState,
  parts: ScorePart[],
  preview: ScorePreview,
  productId: string,
): CertificateBody {
  const scores = { A: {}, B: {}, C: {} } as Record<PartCode, Record<string, number>>
  for (const part of parts) {
    for (const criterion of part.criteria) {
      const raw = (form.scores[criterion.code] ?? "").trim().replace(",", ".")
      if (raw !== "") scores[part.code][criterion.code] = Number(raw)
    }
  }
  return {
    evaluation: {
      subject_id: form.subject_id,
      product_id: productId,
      product_group: Number(form.product_group),
      subgroup: form.subgroup.trim(),
      scores,
      mandatory_unmet: preview.unmet,
      council: form.council.trim(),
      evaluated_at: form.evaluated_at,
    },
    decision_number: form.decision_number.trim(),
    decision_date: form.decision_date,
    authority_level: form.authority_level as AuthorityLevel,
    authority_name: form.authority_name.trim(),
    ...(form.document_url.trim() ? { document_url: form.document_url.trim() } : {}),
  }
}

/** The form of a renewal starts from the current certificate. */
export function formFromCertificate(certificate: OcopCertificate, subject: OcopSubject | null): CertificateFormState {
  return emptyForm({
    product_group: certificate.product_group,
    subgroup: certificate.subgroup,
    subject_id: certificate.subject?.id ?? certificate.subject_id ?? subject?.id ?? null,
  })
}
