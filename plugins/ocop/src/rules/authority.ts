/**
 * Who recognises OCOP stars, by star level and decision date. Pure TypeScript.
 *
 * From 1 Jul 2025 (two-level local government, Decision 1489/QĐ-TTg of 6 Jul 2025 amending the
 * procedure): the provincial People's Committee recognises 3★ and 4★, the Ministry of Agriculture
 * and Environment 5★. Before: district People's Committees 3★, provinces 4★, the ministry 5★.
 * The Ministry of Agriculture and Rural Development was merged into the Ministry of Agriculture and
 * Environment on 1 Mar 2025 (Decree 35/2025/NĐ-CP): between that day and 30 Jun 2025 either name is
 * accepted for a 5★ decision. Certificates issued before the reform keep their original authority.
 */
import type { Stars } from "./criteria"
import { parseDecisionNumber } from "./decision-number"
import type { RuleError } from "./errors"
import type { VnDate } from "./vn-date"

export const AUTHORITY_LEVELS = ["district", "province", "ministry"] as const
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]

/** First day of the two-level local government procedure. */
export const REFORM_DATE: VnDate = "2025-07-01"
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

/** The ministry names accepted for a decision on `decisionDate`. */
export function ministryNamesOn(decisionDate: VnDate): string[] {
  if (decisionDate >= REFORM_DATE) return [MINISTRY_MAE]
  if (decisionDate >= MINISTRY_MERGER_DATE) return [MINISTRY_MAE, MINISTRY_MARD]
  return [MINISTRY_MARD]
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

function sameName(a: string, b: string) {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi")
  return norm(a) === norm(b)
}

export interface AuthorityInput {
  stars: Stars
  decision_date: VnDate
  authority_level: unknown
  authority_name: unknown
  /** When given, its issuer code must match the level (UBND… for People's Committees, BNN… for the ministry). */
  decision_number?: unknown
}

/** Every way the authority is inconsistent with the stars and the decision date. */
export function checkAuthority(input: AuthorityInput): RuleError[] {
  const errors: RuleError[] = []
  const expected = competentAuthorityLevel(input.stars, input.decision_date)
  const era = input.decision_date >= REFORM_DATE ? `from ${REFORM_DATE}` : `before ${REFORM_DATE}`
  if (!isAuthorityLevel(input.authority_level)) {
    errors.push({
      field: "authority_level",
      rule: "enum",
      message: `must be one of ${AUTHORITY_LEVELS.join(", ")}`,
    })
    return errors
  }
  if (input.authority_level !== expected) {
    errors.push({
      field: "authority_level",
      rule: "competent_authority",
      message: `${input.stars}★ decisions dated ${input.decision_date} (${era}) are recognised at level "${expected}" (${AUTHORITY_LABELS[expected].label_en}), not "${input.authority_level}"`,
    })
  }
  const name = typeof input.authority_name === "string" ? input.authority_name.trim() : ""
  if (name.length < 3) {
    errors.push({ field: "authority_name", rule: "required", message: "the name of the authority that signed the decision is required" })
  } else if (input.authority_level === "ministry") {
    const accepted = ministryNamesOn(input.decision_date)
    if (!accepted.some((candidate) => sameName(candidate, name))) {
      errors.push({
        field: "authority_name",
        rule: "ministry_name",
        message: `a ministry decision dated ${input.decision_date} is signed by ${accepted.map((n) => `"${n}"`).join(" or ")}, not "${name}"`,
      })
    }
  }
  if (input.decision_number !== undefined) {
    const parsed = parseDecisionNumber(input.decision_number)
    if (parsed.ok && !parsed.value.issuer.startsWith(ISSUER_PREFIX[input.authority_level])) {
      errors.push({
        field: "decision_number",
        rule: "issuer",
        message: `a decision of level "${input.authority_level}" is numbered …/QĐ-${ISSUER_PREFIX[input.authority_level]}…, not ${parsed.value.value}`,
      })
    }
  }
  return errors
}
