/**
 * Every refusal of the OCOP rules can be said on a page: each rule code has a Vietnamese and an
 * English sentence in RULE_SENTENCES (@ocop/reference), and each sentence names only facts the
 * rule gives. The rules are run on input that breaks them, and every rule code written in this
 * folder (and in the certificate, lot and trace steps) must have been met: a new rule needs a
 * case here and its sentences there.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ruleSentence, ruleTemplate, templateParams } from "@ocop/reference"
import { MINISTRY_MAE, checkAuthority } from "./authority"
import {
  checkAgainstEarlierInBatch,
  checkCertifiedLevel,
  checkDecisionDate,
  checkDecisionIdentity,
  checkEvaluationSource,
  checkEvaluationUnused,
  checkOneValidCertificate,
  checkRenewable,
  checkSameProduct,
  decisionIdentity,
} from "./certificate"
import { parseDecisionNumber } from "./decision-number"
import { parseCompanyPrefix, parseDigitalLink, parseGln, parseGtin, parseLotCode } from "./gs1"
import { checkIssuer, type ProducerLocation } from "./issuer"
import { RuleViolation, type RuleError } from "./errors"
import { evaluateScoreSheet, scoresForTotal, starsFromTotal } from "./scoring"
import { checkSubgroup } from "./subgroup"

const AT = new Date("2026-12-07T03:00:00Z")
const LAO_CAI: ProducerLocation = { province: "Lào Cai", address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai" }
const HA_GIANG_OLD: ProducerLocation = {
  province: "Tuyên Quang",
  historical_province: "Hà Giang",
  address: "Thôn Nậm Khòa, xã Nậm Ty, huyện Hoàng Su Phì, tỉnh Hà Giang",
}
const product = { id: "prod_1", title: "Mật ong bạc hà" }
const other = { id: "prod_2", title: "Chè Shan tuyết" }

function thrown(run: () => unknown): RuleError[] {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleViolation) return error.errors
    throw error
  }
  return []
}

const failed = <T>(result: { ok: true; value: T } | { ok: false; error: RuleError }) =>
  result.ok ? [] : [result.error]

const issuer = (producer: ProducerLocation, date: string, level: "district" | "province" | "ministry", name: string) =>
  checkIssuer({ producer, decision_date: date, authority_level: level, authority_name: name }).errors

const sheet = scoresForTotal(75)

/** Input that breaks each rule, as the rules' functions refuse it. */
const REFUSALS: RuleError[] = [
  ...checkRenewable({ status: "revoked", expires_at: "2027-01-01T00:00:00Z", decision_number: "12/QĐ-UBND" }, AT),
  ...checkEvaluationSource({}),
  ...checkEvaluationUnused("eval_1", { decision_number: "12/QĐ-UBND" }),
  ...checkCertifiedLevel({ stars: null, total: 42.5, mandatory_unmet: [], field: "evaluation.scores" }),
  ...checkSameProduct({ decision_number: "12/QĐ-UBND", product: other }, product, "evaluation.product_id"),
  ...checkDecisionDate({ decision_date: null, raw: "09/12/2026", at: AT, evaluated_on: "2026-11-01" }),
  ...checkDecisionDate({ decision_date: "2026-12-09", raw: "2026-12-09", at: AT, evaluated_on: "2026-12-10" }),
  ...checkDecisionDate({
    decision_date: "2023-01-10",
    raw: "2023-01-10",
    at: AT,
    evaluated_on: "2023-01-05",
    previous_decision_date: "2023-02-01",
  }),
  ...checkDecisionIdentity({
    identity: decisionIdentity("UBND tỉnh Lào Cai", "12/QĐ-UBND", "2026-03-02"),
    decision_date: "2026-03-02",
    product,
    recorded: [
      {
        ...decisionIdentity("UBND tỉnh Lào Cai", "12/QĐ-UBND", "2026-03-01"),
        product_id: product.id,
        decision_date: "2026-03-01T00:00:00+07:00",
        authority_name: "UBND tỉnh Lào Cai",
      },
    ],
  }),
  ...checkOneValidCertificate({
    product,
    others: [{ id: "cert_1", status: "valid", expires_at: "2028-01-01T00:00:00Z", decision_number: "9/QĐ-UBND" }],
    renewing_id: null,
    at: AT,
    field: "evaluation.product_id",
  }).errors,
  ...checkAgainstEarlierInBatch({
    decision_number: "12/QĐ-UBND",
    authority_name: "UBND tỉnh Lào Cai",
    decision_date: "2026-03-02",
    earlier_decision_date: "2026-03-01",
    product,
    product_earlier: true,
  }),
  ...checkAuthority({ stars: 4, decision_date: "2026-03-02", authority_level: "county" }),
  ...checkAuthority({
    stars: 5,
    decision_date: "2026-03-02",
    authority_level: "province",
    decision_number: "1/QĐ-BNNMT",
  }),
  ...failed(parseDecisionNumber("12/2025/QĐ-UBND")),
  ...issuer(LAO_CAI, "2026-03-02", "province", "abc"),
  ...issuer(LAO_CAI, "2026-03-02", "province", MINISTRY_MAE),
  ...issuer(LAO_CAI, "2025-02-28", "ministry", MINISTRY_MAE),
  ...issuer(LAO_CAI, "2026-03-02", "province", "UBND tỉnh Sơn La"),
  ...issuer({ province: "Nowhere" }, "2024-05-20", "province", "UBND tỉnh Sơn La"),
  ...issuer(HA_GIANG_OLD, "2024-05-20", "district", "UBND huyện Hoàng Su Phì, tỉnh Tuyên Quang"),
  ...issuer(HA_GIANG_OLD, "2024-05-20", "district", "UBND huyện Xín Mần"),
  ...issuer(LAO_CAI, "2024-05-20", "district", "UBND huyện Hoàng Su Phì"),
  ...thrown(() => starsFromTotal(70.123)),
  ...thrown(() => starsFromTotal(120)),
  ...(() => {
    const result = evaluateScoreSheet({ product_group: 9, scores: null, mandatory_unmet: "x" })
    return result.ok ? [] : result.errors
  })(),
  ...(() => {
    const scores = {
      A: { ...sheet.A, A1: 9, X9: 1 },
      B: { ...sheet.B, [Object.keys(sheet.B)[0]]: 1.234 },
      C: Object.fromEntries(Object.entries(sheet.C).slice(1)),
      D: {},
    }
    const result = evaluateScoreSheet({
      product_group: 4,
      scores,
      mandatory_unmet: ["nope", "food_safety"],
      part_b: 99,
      part_c: 12,
      total: 101,
    })
    return result.ok ? [] : result.errors
  })(),
  ...(() => {
    const result = evaluateScoreSheet({ product_group: 1, scores: { A: sheet.A, B: sheet.B } })
    return result.ok ? [] : result.errors
  })(),
  ...(() => {
    const result = evaluateScoreSheet({ product_group: 1, scores: sheet, part_a: 1, total: 80 })
    return result.ok ? [] : result.errors
  })(),
  ...checkSubgroup(1, "").errors,
  ...checkSubgroup(1, "Gốm sứ").errors,
  ...["", "89x", "893123", "8934567890128", "00000000"].flatMap((gtin) => failed(parseGtin(gtin))),
  ...["", "89a", "893", "000000"].flatMap((prefix) => failed(parseCompanyPrefix(prefix))),
  ...["123", "8934567890129"].flatMap((gln) => failed(parseGln(gln))),
  ...["", "L".repeat(21), "Lô 1"].flatMap((lot) => failed(parseLotCode(lot))),
  ...["", "https://ocop.vn/x", "https://ocop.vn/01/08934567890120/99/1", "https://ocop.vn/01/08934567890120/21/1/10/A"]
    .concat(["https://ocop.vn/01/08934567890120/10/%E0%A4%A"])
    .flatMap((uri) => failed(parseDigitalLink(uri))),
]

const RULE_FILES = [
  ...readdirSync(__dirname)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(__dirname, name)),
]

/** The rule codes written in the rules' sources: `rule: "x"`, `fail("x", …)`, `err("x", …)`. */
function ruleCodes(files: string[]): Set<string> {
  const codes = new Set<string>()
  for (const file of files) {
    const source = readFileSync(file, "utf8")
    for (const match of source.matchAll(/\brule: "([a-z_]+)"|\b(?:fail|err)\(\s*"([a-z_]+)"/g))
      codes.add(match[1] ?? match[2])
  }
  return codes
}

/** The (field, rule) pairs written in the certificate, lot and trace steps. */
function stepRules(): { field: string; rule: string }[] {
  const src = join(__dirname, "..")
  const dirs = ["workflows/certification/steps", "workflows/traceability/steps"].map((dir) => join(src, dir))
  const files = [
    ...dirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))),
    join(src, "modules/traceability/validate-event.ts"),
    join(src, "modules/traceability/actors.ts"),
  ]
  const pairs: { field: string; rule: string }[] = []
  for (const file of files) {
    const source = readFileSync(file, "utf8")
    const pattern =
      /field: ["`]([\w.${}]+)["`],\s*rule: "([a-z_]+)"|\b(?:invalid|fail)\(\s*["`]([\w.${}]+)["`],\s*"([a-z_]+)"/g
    for (const match of source.matchAll(pattern))
      pairs.push({ field: (match[1] ?? match[3]).replace(/\$\{\w+\}/g, "0"), rule: match[2] ?? match[4] })
  }
  return pairs
}

describe("the sentences of the OCOP rules", () => {
  it.each(REFUSALS.map((refusal) => [`${refusal.field} (${refusal.rule})`, refusal] as const))(
    "%s is said in Vietnamese and English with the facts the rule gives",
    (_, refusal) => {
      for (const lang of ["vi", "en"] as const) {
        const template = ruleTemplate(refusal, lang)
        expect(template, `${lang} template`).toBeTruthy()
        const given = Object.keys(refusal.params ?? {})
        for (const name of templateParams(template!)) expect(given, `${lang} names {${name}}`).toContain(name)
        const sentence = ruleSentence(refusal, lang)!
        // No placeholder left, no id, no field path or rule code.
        expect(sentence).not.toMatch(/[{}]|prod_|cert_|eval_|\b[a-z]+_[a-z_]+\b/)
      }
    },
  )

  it("meets every rule code written in the rules", () => {
    const met = new Set(REFUSALS.map((refusal) => refusal.rule))
    expect([...ruleCodes(RULE_FILES)].filter((code) => !met.has(code))).toEqual([])
  })

  it("has a sentence for every rule of the certificate, lot and trace steps", () => {
    const pairs = stepRules()
    expect(pairs.length).toBeGreaterThan(20)
    const missing = pairs.filter((pair) => !ruleTemplate(pair, "vi") || !ruleTemplate(pair, "en"))
    expect(missing).toEqual([])
  })
})
