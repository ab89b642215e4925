/**
 * Who recognises OCOP stars, by star level and decision date. Pure TypeScript.
 *
 * Before 1 Jul 2025 (Decision 148/QĐ-TTg of 24 Feb 2023): district People's Committees 3★,
 * provincial committees 4★, the ministry 5★. The Ministry of Agriculture and Rural Development
 * became the Ministry of Agriculture and Environment on 1 Mar 2025 (Decree 35/2025/NĐ-CP): a 5★
 * decision is signed by the former before that day and by the latter from it.
 *
 * The 2025 change. On 1 Jul 2025 the two-level local government began (Resolution 202/2025/QH15
 * and the Law on Organisation of Local Government 2025, both in force that day): the 63 provinces
 * became 34 units and the district committees ceased to exist. Decision 1489/QĐ-TTg of 6 Jul 2025
 * amended Appendix II of Decision 148 so that the provincial committee recognises 3★ and 4★ (the
 * commune only receives and checks dossiers).
 *
 * Its effective date. The decision's own text (its final article on entry into force) could not be
 * read from here: the official copy is at vanban.chinhphu.vn (docid 214441) and was not reachable.
 * What is encoded rests on a published summary: Báo Điện Biên Phủ, "Trình tự đánh giá, phân hạng
 * sản phẩm OCOP" (2025), states that "từ ngày 6/7/2025" the evaluation follows Decision 1489, i.e.
 * in force from the day it was signed, the usual clause of a Prime Minister's decision ("có hiệu
 * lực kể từ ngày ký"), with no retroactive clause reported. ASSUMPTION, to be checked against the
 * article: in force 6 Jul 2025 (DECISION_1489_DATE), not earlier.
 *
 * The days between (1–5 Jul 2025): no district committee existed to sign a 3★ decision, and the
 * provincial committee of the merged unit, which already recognised 4★, was the only committee
 * left. This product therefore treats it as competent for 3★ and 4★ from 1 Jul 2025 (REFORM_DATE),
 * refuses district decisions dated from that day, and names the legal basis by date
 * (competenceBasis): Decision 148 until 30 Jun, the end of districts for 1–5 Jul, Decision 1489
 * from 6 Jul. Certificates issued before the change keep their original authority, in the former
 * province (see ./issuer).
 */
import type { Stars } from "./criteria"
import { parseDecisionNumber } from "./decision-number"
import type { RuleError } from "./errors"
import type { VnDate } from "./vn-date"

export const AUTHORITY_LEVELS = ["district", "province", "ministry"] as const
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]

/** First day of the two-level local government: no district committees, 34 province-level units. */
export const REFORM_DATE: VnDate = "2025-07-01"
/** Decision 1489/QĐ-TTg, in force from its signing (see above: assumed from a published summary). */
export const DECISION_1489_DATE: VnDate = "2025-07-06"
/** First day of the Ministry of Agriculture and Environment. */
export const MINISTRY_MERGER_DATE: VnDate = "2025-03-01"

export const MINISTRY_MARD = "Bộ Nông nghiệp và Phát triển nông thôn"
export const MINISTRY_MAE = "Bộ Nông nghiệp và Môi trường"

export const AUTHORITY_LABELS: Record<AuthorityLevel, { label_vi: string; label_en: string }> = {
  district: { label_vi: "UBND cấp huyện", label_en: "District People's Committee" },
  province: { label_vi: "UBND cấp tỉnh", label_en: "Provincial People's Committee" },
  ministry: { label_vi: "Bộ Nông nghiệp", label_en: "Ministry of Agriculture" },
}

/** Decision-number issuer codes by level: People's Committees sign "QĐ-UBND…", the ministry "QĐ-BNN…". */
const ISSUER_PREFIX: Record<AuthorityLevel, string> = { district: "UBND", province: "UBND", ministry: "BNN" }

export function isAuthorityLevel(value: unknown): value is AuthorityLevel {
  return typeof value === "string" && (AUTHORITY_LEVELS as readonly string[]).includes(value)
}

/** The authority level competent for `stars` on `decisionDate` (a day in Vietnam). */
export function competentAuthorityLevel(stars: Stars, decisionDate: VnDate): AuthorityLevel {
  if (stars === 5) return "ministry"
  if (decisionDate >= REFORM_DATE) return "province"
  return stars === 4 ? "province" : "district"
}

/** The ministry name of a decision on `decisionDate`. */
export function ministryNamesOn(decisionDate: VnDate): string[] {
  return decisionDate >= MINISTRY_MERGER_DATE ? [MINISTRY_MAE] : [MINISTRY_MARD]
}

/** The legal basis of the competent level on `decisionDate`, for messages. */
export function competenceBasis(decisionDate: VnDate): string {
  if (decisionDate >= DECISION_1489_DATE) return "Decision 1489/QĐ-TTg, in force from 6 Jul 2025"
  if (decisionDate >= REFORM_DATE)
    return "districts ceased to exist on 1 Jul 2025; Decision 1489/QĐ-TTg followed on 6 Jul"
  return "Decision 148/QĐ-TTg, before 1 Jul 2025"
}

/** What the admin form pre-fills for a decision. */
export function competentAuthority(stars: Stars, decisionDate: VnDate) {
  const level = competentAuthorityLevel(stars, decisionDate)
  return {
    level,
    ...AUTHORITY_LABELS[level],
    name: level === "ministry" ? ministryNamesOn(decisionDate)[0] : null,
    issuer_prefix: ISSUER_PREFIX[level],
  }
}

export interface AuthorityInput {
  stars: Stars
  decision_date: VnDate
  authority_level: unknown
  /** When given, its issuer code must match the level (UBND… for People's Committees, BNN… for the ministry). */
  decision_number?: unknown
}

/**
 * Every way the authority level is inconsistent with the stars and the decision date, and the
 * decision number's issuer code with the level. The authority's name: checkIssuer (./issuer).
 */
export function checkAuthority(input: AuthorityInput): RuleError[] {
  const errors: RuleError[] = []
  const expected = competentAuthorityLevel(input.stars, input.decision_date)
  const era = competenceBasis(input.decision_date)
  if (!isAuthorityLevel(input.authority_level)) {
    errors.push({
      field: "authority_level",
      rule: "enum",
      params: {},
      message: `must be one of ${AUTHORITY_LEVELS.join(", ")}`,
    })
    return errors
  }
  if (input.authority_level !== expected) {
    errors.push({
      field: "authority_level",
      rule: "competent_authority",
      params: {
        stars: input.stars,
        date: input.decision_date,
        authority_vi: AUTHORITY_LABELS[expected].label_vi,
        authority_en: AUTHORITY_LABELS[expected].label_en,
      },
      message: `${input.stars}★ decisions dated ${input.decision_date} (${era}) are recognised at level "${expected}" (${AUTHORITY_LABELS[expected].label_en}), not "${input.authority_level}"`,
    })
  }
  if (input.decision_number !== undefined) {
    const parsed = parseDecisionNumber(input.decision_number)
    if (parsed.ok && !parsed.value.issuer.startsWith(ISSUER_PREFIX[input.authority_level])) {
      errors.push({
        field: "decision_number",
        rule: "issuer",
        params: { prefix: `QĐ-${ISSUER_PREFIX[input.authority_level]}`, value: parsed.value.value },
        message: `a decision of level "${input.authority_level}" is numbered …/QĐ-${ISSUER_PREFIX[input.authority_level]}…, not ${parsed.value.value}`,
      })
    }
  }
  return errors
}
