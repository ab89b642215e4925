/**
 * Mã số thuế (tax code) as Vietnam issues it: 10 digits for an enterprise, cooperative or other
 * organisation; 13 characters "0123456789-001" for a dependent unit (branch); and, since 1 Jul 2025,
 * the 12-digit personal ID number for individuals and household businesses (Circular 86/2024/TT-BTC).
 */

export type TaxCodeKind = "organisation" | "branch" | "personal"

/**
 * Who may hold the code:
 * - "any": any of the three forms (OCOP subjects, e-invoice buyers);
 * - "organisation": a company or its branch, not a personal ID (distributors);
 * - a subject type: a personal ID only for "household_business" (sellers).
 */
export type TaxCodeHolder =
  "any" | "organisation" | "enterprise" | "cooperative" | "cooperative_group" | "household_business"

export type TaxCodeRule = "format" | "personal_id_household_only"

export type Messages = { vi: string; en: string }

export interface TaxCodeProblem {
  rule: TaxCodeRule
  message: Messages
}

const PATTERNS: [TaxCodeKind, RegExp][] = [
  ["organisation", /^\d{10}$/],
  ["branch", /^\d{10}-\d{3}$/],
  ["personal", /^\d{12}$/],
]

/** The form of a tax code (after trimming), or null when it is none of them. */
export function taxCodeKind(value: unknown): TaxCodeKind | null {
  if (typeof value !== "string") return null
  const text = value.trim()
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null
}

/** What a holder may write, as shown beside the field and in the error. */
export function taxCodeHint(holder: TaxCodeHolder = "any"): Messages {
  if (holder === "any" || holder === "household_business") {
    return {
      vi: "10 chữ số, hoặc 13 ký tự dạng 0123456789-001 cho chi nhánh; hộ kinh doanh, cá nhân: số định danh cá nhân 12 chữ số.",
      en: "10 digits, or 13 characters as 0123456789-001 for a branch; household businesses and individuals: the 12-digit personal ID.",
    }
  }
  return {
    vi: "10 chữ số, hoặc 13 ký tự dạng 0123456789-001 cho chi nhánh.",
    en: "10 digits, or 13 characters as 0123456789-001 for a branch.",
  }
}

/** The sentence for a code that has none of the forms its holder may use. */
export function taxCodeFormatMessage(holder: TaxCodeHolder = "any"): Messages {
  const hint = taxCodeHint(holder)
  return { vi: `Mã số thuế không hợp lệ: ${hint.vi}`, en: `Not a tax code: ${hint.en}` }
}

/** Null when the code fits its holder; otherwise the broken rule and a sentence in each language. */
export function checkTaxCode(value: unknown, holder: TaxCodeHolder = "any"): TaxCodeProblem | null {
  const kind = taxCodeKind(value)
  if (!kind) return { rule: "format", message: taxCodeFormatMessage(holder) }
  if (kind === "personal" && holder !== "any" && holder !== "household_business") {
    return {
      rule: "personal_id_household_only",
      message: {
        vi: "Số định danh cá nhân 12 chữ số chỉ dùng làm mã số thuế của hộ kinh doanh, cá nhân; doanh nghiệp, hợp tác xã dùng mã 10 chữ số.",
        en: "A 12-digit personal ID is the tax code of a household business or an individual only; companies and cooperatives use their 10-digit code.",
      },
    }
  }
  return null
}

export function isTaxCode(value: unknown, holder: TaxCodeHolder = "any"): boolean {
  return checkTaxCode(value, holder) === null
}
