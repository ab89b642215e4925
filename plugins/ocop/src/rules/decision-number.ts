/**
 * Decision numbers of OCOP recognition decisions. Pure TypeScript.
 *
 * Administrative documents are numbered "number/type-issuer" (Decree 30/2020/NĐ-CP): `1898/QĐ-UBND`
 * (People's Committee), `2361/QĐ-BNNMT` (Ministry of Agriculture and Environment), `123/QĐ-BNNPTNT`
 * or `1310/QĐ-BNN-VPĐP` (the former ministry and its OCOP coordination office). A year segment
 * (`12/2025/QĐ-UBND`) belongs to legal normative documents, not to individual recognition
 * decisions such as an OCOP certificate, so it is refused here.
 *
 * People type numbers without a Vietnamese keyboard: "1104/QD-UBND", "1104/qđ-ubnd",
 * " 1104 / QD - UBND " are the same number, normalised to `1104/QĐ-UBND` wherever a number is
 * entered or looked up. A number is unique only within its issuer and calendar year: see
 * `decisionIdentity` in ./certificate.
 */
import type { RuleError } from "./errors"

export interface DecisionNumber {
  /** The normalised number, e.g. `1898/QĐ-UBND`. */
  value: string
  serial: number
  /** The issuer code after "QĐ-", e.g. `UBND`, `BNNMT`, `BNN-VPĐP`. */
  issuer: string
}

const PATTERN = /^([1-9]\d{0,5})\/QĐ-([A-ZĐ]{2,}(?:-[A-ZĐ]{2,})*)$/
const WITH_YEAR = /^\d+\/\d{4}\/QĐ-/

/** Issuer codes that are written with Đ, to restore it when typed with a plain D. */
const ISSUER_CODES_WITH_D_BAR = ["BNN-VPĐP"]

/**
 * The number as it is written: spaces around "/" and "-" removed, capitals, the document type
 * "QD"/"qđ"/"QÐ" (an Icelandic eth often typed for Đ) as "QĐ", and known issuer codes with Đ restored.
 */
export function normaliseDecisionNumber(input: string): string {
  const value = input
    .normalize("NFC")
    .trim()
    .replace(/\s*([/-])\s*/g, "$1")
    .replace(/[Ðð]/g, "Đ")
    .toLocaleUpperCase("vi")
  const match = /^(.*\/)Q[DĐ]-(.+)$/.exec(value)
  if (!match) return value
  const issuer =
    ISSUER_CODES_WITH_D_BAR.find((code) => code.replace(/Đ/g, "D") === match[2].replace(/Đ/g, "D")) ?? match[2]
  return `${match[1]}QĐ-${issuer}`
}

export function parseDecisionNumber(
  input: unknown,
): { ok: true; value: DecisionNumber } | { ok: false; error: RuleError } {
  const fail = (message: string) => ({
    ok: false as const,
    error: {
      field: "decision_number",
      rule: "format",
      message,
      params: { value: typeof input === "string" ? input : "" },
    },
  })
  if (typeof input !== "string" || !input.trim()) return fail("the decision number is required, e.g. 1898/QĐ-UBND")
  const value = normaliseDecisionNumber(input)
  const match = PATTERN.exec(value)
  if (!match) {
    if (WITH_YEAR.test(value)) {
      return fail(
        `"${input}" has a year segment, used for legal normative documents; an OCOP recognition decision is numbered like 1898/QĐ-UBND`,
      )
    }
    return fail(
      `"${input}" is not a decision number: expected digits, "/QĐ-" and the issuer code in capitals, e.g. 1898/QĐ-UBND or 2361/QĐ-BNNMT`,
    )
  }
  return { ok: true, value: { value, serial: Number(match[1]), issuer: match[2] } }
}
