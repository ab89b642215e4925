/**
 * GS1 identification keys and the GS1 Digital Link URI syntax. Pure TypeScript (no Node, no Medusa).
 *
 * - GTIN: 8, 12, 13 or 14 digits whose last digit is the GS1 mod-10 check digit; stored and
 *   exchanged as GTIN-14 (shorter GTINs padded with leading zeros, which keeps the check digit valid).
 *   Vietnam's GS1 prefix is 893.
 * - GLN: 13 digits with the same check digit.
 * - Batch/lot (AI 10): 1–20 characters of GS1 AI encodable character set 82.
 * - Digital Link: `https://{host}/01/{gtin14}/10/{lot}` with the lot percent-encoded (GS1 Digital
 *   Link URI Syntax 1.2: only the unreserved characters A–Z a–z 0–9 - . _ ~ stay as they are).
 */
import type { RuleError, RuleParams } from "./errors"

export type Gs1Result<T> = { ok: true; value: T } | { ok: false; error: RuleError }

export const VIETNAM_GS1_PREFIX = "893"
export const GTIN_LENGTHS = [8, 12, 13, 14] as const
export const LOT_MAX_LENGTH = 20
/** GS1 AI encodable character set 82 (GS1 General Specifications 7.11, figure 7.11-1). */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/

/** The GS1 mod-10 check digit of a digit string WITHOUT its check digit (weights 3,1,3,… from the right). */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d+$/.test(digitsWithoutCheck)) throw new RangeError(`not digits: ${digitsWithoutCheck}`)
  let sum = 0
  for (let i = digitsWithoutCheck.length - 1, weight = 3; i >= 0; i--, weight = weight === 3 ? 1 : 3) {
    sum += Number(digitsWithoutCheck[i]) * weight
  }
  return (10 - (sum % 10)) % 10
}

export function hasValidCheckDigit(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1])
}

/** Appends the check digit: `withCheckDigit("089312345678")` → a valid 13-digit string. */
export function withCheckDigit(digitsWithoutCheck: string): string {
  return `${digitsWithoutCheck}${gs1CheckDigit(digitsWithoutCheck)}`
}

/**
 * A GTIN-8/12/13/14 → its GTIN-14 (left-padded with zeros). Spaces and hyphens people type are
 * ignored; anything else is refused with a message naming `field`.
 */
export function parseGtin(input: unknown, field = "gtin"): Gs1Result<string> {
  const fail = (rule: string, message: string, params: RuleParams = {}) => ({
    ok: false as const,
    error: { field, rule, message, params },
  })
  if (typeof input !== "string" && typeof input !== "number")
    return fail("required", "a GTIN is required (8, 12, 13 or 14 digits)")
  const raw = String(input).trim().replace(/[\s-]/g, "")
  if (!raw) return fail("required", "a GTIN is required (8, 12, 13 or 14 digits)")
  if (!/^\d+$/.test(raw)) return fail("digits", `"${input}" is not a GTIN: only digits are allowed`, { value: raw })
  if (!(GTIN_LENGTHS as readonly number[]).includes(raw.length)) {
    return fail("length", `"${raw}" has ${raw.length} digits: a GTIN has 8, 12, 13 or 14`, {
      value: raw,
      length: raw.length,
    })
  }
  if (!hasValidCheckDigit(raw)) {
    const expected = gs1CheckDigit(raw.slice(0, -1))
    return fail(
      "check_digit",
      `"${raw}" has a wrong check digit: ${raw[raw.length - 1]} given, ${expected} expected (GS1 mod-10)`,
      { value: raw, given: raw[raw.length - 1], expected },
    )
  }
  const gtin14 = raw.padStart(14, "0")
  if (/^0{13}/.test(gtin14)) return fail("zero", `"${raw}" is not an allocated GTIN`, { value: raw })
  return { ok: true, value: gtin14 }
}

/**
 * A GS1 company prefix (the digits GS1 licenses to a company; GS1 Vietnam's start with 893): 6 to
 * 12 digits. GTIN-13s of the company are the prefix, an item reference filling 12 digits, and the
 * check digit.
 */
export function parseCompanyPrefix(input: unknown, field = "company_prefix"): Gs1Result<string> {
  const raw =
    typeof input === "string" ? input.trim().replace(/[\s-]/g, "") : typeof input === "number" ? String(input) : ""
  if (!raw)
    return {
      ok: false,
      error: { field, rule: "required", message: "a GS1 company prefix is required (6 to 12 digits, e.g. 8938505)" },
    }
  if (!/^\d+$/.test(raw))
    return {
      ok: false,
      error: {
        field,
        rule: "digits",
        message: `"${raw}" is not a GS1 company prefix: only digits are allowed`,
        params: { value: raw },
      },
    }
  if (raw.length < 6 || raw.length > 12) {
    return {
      ok: false,
      error: {
        field,
        rule: "length",
        message: `"${raw}" has ${raw.length} digits: a GS1 company prefix has 6 to 12`,
        params: { value: raw, length: raw.length },
      },
    }
  }
  if (/^0+$/.test(raw))
    return {
      ok: false,
      error: { field, rule: "zero", message: `"${raw}" is not an allocated company prefix`, params: { value: raw } },
    }
  return { ok: true, value: raw }
}

/** The GTIN-13 with item reference `itemReference` under a company prefix (null when it does not fit). */
export function gtin13FromPrefix(prefix: string, itemReference: number): string | null {
  const width = 12 - prefix.length
  const reference = String(itemReference)
  if (!Number.isInteger(itemReference) || itemReference < 0 || reference.length > width) return null
  return withCheckDigit(prefix + reference.padStart(width, "0"))
}

/** A GLN (Global Location Number): 13 digits with a valid check digit. */
export function parseGln(input: unknown, field = "gln"): Gs1Result<string> {
  const raw = typeof input === "string" ? input.trim() : typeof input === "number" ? String(input) : ""
  if (!/^\d{13}$/.test(raw))
    return {
      ok: false,
      error: {
        field,
        rule: "length",
        message: `"${String(input ?? "")}" is not a GLN: 13 digits expected`,
        params: { value: raw, length: raw.length },
      },
    }
  if (!hasValidCheckDigit(raw)) {
    return {
      ok: false,
      error: {
        field,
        rule: "check_digit",
        message: `"${raw}" has a wrong GS1 check digit (${gs1CheckDigit(raw.slice(0, 12))} expected)`,
        params: { value: raw, given: raw[12], expected: gs1CheckDigit(raw.slice(0, 12)) },
      },
    }
  }
  return { ok: true, value: raw }
}

/** A batch/lot number (AI 10): 1–20 characters of GS1 character set 82 (ASCII letters, digits and !"%&'()*+,-./:;<=>?_). */
export function parseLotCode(input: unknown, field = "lot_code"): Gs1Result<string> {
  if (typeof input !== "string" || !input.trim()) {
    return {
      ok: false,
      error: {
        field,
        rule: "required",
        message: "a lot number is required (AI 10: 1–20 characters)",
        params: { max: LOT_MAX_LENGTH },
      },
    }
  }
  const value = input.trim()
  if (value.length > LOT_MAX_LENGTH) {
    return {
      ok: false,
      error: {
        field,
        rule: "length",
        message: `"${value}" has ${value.length} characters: a GS1 lot number (AI 10) has at most ${LOT_MAX_LENGTH}`,
        params: { value, length: value.length, max: LOT_MAX_LENGTH },
      },
    }
  }
  if (!CSET82.test(value)) {
    return {
      ok: false,
      error: {
        field,
        rule: "charset",
        message: `"${value}" has characters a GS1 lot number cannot carry (no spaces or accents): use A–Z, a–z, 0–9 and !"%&'()*+,-./:;<=>?_`,
        params: { value },
      },
    }
  }
  return { ok: true, value }
}

/** Percent-encodes a key qualifier value: everything but A–Z a–z 0–9 - . _ ~ (so `/` → %2F, `!` → %21). */
export function encodeDigitalLinkValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** `ocop.vn` → `https://ocop.vn`; `http://localhost:3000/` → `http://localhost:3000` (path kept, trailing slash removed). */
export function digitalLinkBase(hostOrOrigin: string): string {
  const trimmed = hostOrOrigin.trim().replace(/\/+$/, "")
  if (!trimmed) throw new RangeError("a Digital Link needs a host")
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}

/** `https://{host}/01/{gtin14}/10/{percent-encoded lot}`. Throws a RangeError on a bad GTIN or lot. */
export function buildDigitalLink(input: { host: string; gtin: string; lot?: string | null }): string {
  const gtin = parseGtin(input.gtin)
  if (!gtin.ok) throw new RangeError(`gtin: ${gtin.error.message}`)
  let uri = `${digitalLinkBase(input.host)}/01/${gtin.value}`
  if (input.lot !== undefined && input.lot !== null) {
    const lot = parseLotCode(input.lot, "lot")
    if (!lot.ok) throw new RangeError(`lot: ${lot.error.message}`)
    uri += `/10/${encodeDigitalLinkValue(lot.value)}`
  }
  return uri
}

/** The class-level EPC of a lot as used in EPCIS `quantityList.epcClass`: `https://id.gs1.org/01/{gtin}/10/{lot}`. */
export function lotEpcClass(gtin14: string, lot: string): string {
  return buildDigitalLink({ host: "https://id.gs1.org", gtin: gtin14, lot })
}

export interface ParsedDigitalLink {
  /** Scheme and host (and any path before the primary key), e.g. `https://ocop.vn`. */
  base: string
  gtin: string
  lot: string | null
  serial: string | null
}

/**
 * Parses a GS1 Digital Link URI with a GTIN: `…/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}]`
 * (qualifiers in that order), or the short path alone (`/01/…/10/…`). Query string and fragment
 * are ignored. The GTIN is returned as GTIN-14 and the values percent-decoded.
 */
export function parseDigitalLink(input: string, field = "uri"): Gs1Result<ParsedDigitalLink> {
  const fail = (rule: string, message: string, params: RuleParams = {}) => ({
    ok: false as const,
    error: { field, rule, message, params },
  })
  if (typeof input !== "string" || !input.trim()) return fail("required", "a GS1 Digital Link URI is required")
  const withoutQuery = input.trim().split(/[?#]/)[0]
  const match = /^(https?:\/\/[^/]+(?:\/(?!01\/)[^/]+)*)?\/01\/([^/]+)((?:\/[^/]+\/[^/]+)*)\/?$/i.exec(withoutQuery)
  if (!match)
    return fail("syntax", `"${input}" is not a GS1 Digital Link URI with a GTIN (…/01/{gtin}/10/{lot})`, {
      value: input.trim(),
    })
  const gtin = parseGtin(safeDecode(match[2]), field)
  if (!gtin.ok) return gtin
  const qualifiers = match[3].split("/").filter(Boolean)
  const order = ["22", "10", "21"]
  const values: Record<string, string> = {}
  let last = -1
  for (let i = 0; i < qualifiers.length; i += 2) {
    const ai = qualifiers[i]
    const position = order.indexOf(ai)
    if (position < 0)
      return fail("qualifier", `unknown key qualifier "${ai}" after the GTIN: only 22, 10 and 21 are allowed`, { ai })
    if (position <= last) return fail("qualifier_order", "key qualifiers must come in the order 22, 10, 21")
    last = position
    const decoded = safeDecode(qualifiers[i + 1])
    if (decoded === null) return fail("encoding", `the value of AI ${ai} is not valid percent-encoding`, { ai })
    values[ai] = decoded
  }
  if (values["10"] !== undefined) {
    const lot = parseLotCode(values["10"], field)
    if (!lot.ok) return lot
  }
  return {
    ok: true,
    value: { base: match[1] ?? "", gtin: gtin.value, lot: values["10"] ?? null, serial: values["21"] ?? null },
  }
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
