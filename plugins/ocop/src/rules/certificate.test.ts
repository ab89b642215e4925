import { describe, it, expect } from "vitest"
import {
  authorityKey,
  checkAgainstEarlierInBatch,
  checkCertifiedLevel,
  checkDecisionDate,
  checkDecisionIdentity,
  checkEvaluationSource,
  checkEvaluationUnused,
  checkOneValidCertificate,
  checkRenewable,
  checkSameProduct,
  productLabel,
  decisionIdentity,
  type RecordedDecision,
} from "./certificate"
import { expiresAt } from "./validity"
import { vnDateStart } from "./vn-date"

const rules = (errors: { rule: string }[]) => errors.map((e) => e.rule)
const noon = (day: string) => new Date(`${day}T12:00:00+07:00`)

describe("checkDecisionDate", () => {
  const base = { raw: "x", at: noon("2025-09-10"), evaluated_on: "2025-09-01" }
  it("a decision today is fine, tomorrow (in Vietnam) is in the future", () => {
    expect(checkDecisionDate({ ...base, decision_date: "2025-09-10" })).toEqual([])
    expect(rules(checkDecisionDate({ ...base, decision_date: "2025-09-11" }))).toEqual(["future"])
  })
  it("not before the evaluation: the same day is fine", () => {
    expect(checkDecisionDate({ ...base, decision_date: "2025-09-01" })).toEqual([])
    expect(rules(checkDecisionDate({ ...base, decision_date: "2025-08-31" }))).toEqual(["after_evaluation"])
  })
  it("a renewal not before the certificate it renews", () => {
    const renew = { ...base, evaluated_on: "2020-01-01", previous_decision_date: "2025-09-05" }
    expect(checkDecisionDate({ ...renew, decision_date: "2025-09-05" })).toEqual([])
    expect(rules(checkDecisionDate({ ...renew, decision_date: "2025-09-04" }))).toEqual(["after_previous"])
  })
  it("expired: valid through its last day, refused from the next", () => {
    const decision = "2022-09-10"
    const last = expiresAt(decision)
    const at = (t: Date) => checkDecisionDate({ ...base, evaluated_on: "2022-09-01", decision_date: decision, at: t })
    expect(at(new Date(last.getTime() - 1))).toEqual([])
    expect(rules(at(last))).toEqual(["expired"])
  })
  it("not a date", () => {
    expect(rules(checkDecisionDate({ ...base, decision_date: null }))).toEqual(["date"])
  })
})

describe("decision identity: (issuing authority, number, year)", () => {
  const laoCai = decisionIdentity("UBND tỉnh Lào Cai", "1005/QĐ-UBND", "2025-08-01")
  const row = (over: Partial<RecordedDecision>): RecordedDecision => ({
    ...laoCai,
    product_id: "prod_a",
    decision_date: vnDateStart("2025-08-01"),
    authority_name: "UBND tỉnh Lào Cai",
    ...over,
  })
  const check = (recorded: RecordedDecision[], over: { product_id?: string; decision_date?: string } = {}) =>
    rules(
      checkDecisionIdentity({
        identity: laoCai,
        decision_date: over.decision_date ?? "2025-08-01",
        product: { id: over.product_id ?? "prod_b", title: "Mật ong bạc hà" },
        recorded,
      }),
    )

  it("the key ignores case and tone-mark placement", () => {
    expect(authorityKey("UBND tỉnh Hoà Bình")).toBe(authorityKey("ubnd tỉnh Hòa Bình"))
    expect(laoCai).toEqual({ authority_key: "ubnd tỉnh lào cai", decision_number: "1005/QĐ-UBND", decision_year: 2025 })
  })
  it("another province's decision with the same number is another decision", () => {
    const sonLa = decisionIdentity("UBND tỉnh Sơn La", "1005/QĐ-UBND", "2025-03-02")
    expect(check([row({ ...sonLa, decision_date: vnDateStart("2025-03-02"), product_id: "prod_b" })])).toEqual([])
  })
  it("the same issuer's number in another year is another decision", () => {
    const lastYear = decisionIdentity("UBND tỉnh Lào Cai", "1005/QĐ-UBND", "2024-12-31")
    expect(check([row({ ...lastYear, decision_date: vnDateStart("2024-12-31"), product_id: "prod_b" })])).toEqual([])
  })
  it("the same decision may list several products, on one date, each once", () => {
    expect(check([row({})])).toEqual([])
    expect(check([row({})], { product_id: "prod_a" })).toEqual(["unique"])
    expect(check([row({})], { decision_date: "2025-08-02" })).toEqual(["same_decision"])
  })
})

describe("checkOneValidCertificate", () => {
  const at = noon("2025-09-10")
  const valid = { id: "c1", decision_number: "1/QĐ-UBND", status: "valid", expires_at: new Date(at.getTime() + 1) }
  const lapsed = { id: "c2", decision_number: "2/QĐ-UBND", status: "valid", expires_at: at }
  it("refuses a second valid certificate, marks a lapsed one expired, skips the one renewed", () => {
    expect(
      checkOneValidCertificate({
        product: { id: "p", title: "Chè Shan" },
        others: [valid],
        renewing_id: null,
        at,
        field: "f",
      }).errors.map((e) => e.rule),
    ).toEqual(["one_valid_certificate"])
    expect(
      checkOneValidCertificate({
        product: { id: "p", title: "Chè Shan" },
        others: [lapsed],
        renewing_id: null,
        at,
        field: "f",
      }),
    ).toEqual({
      errors: [],
      stale_ids: ["c2"],
    })
    expect(
      checkOneValidCertificate({
        product: { id: "p", title: "Chè Shan" },
        others: [valid],
        renewing_id: "c1",
        at,
        field: "f",
      }),
    ).toEqual({
      errors: [],
      stale_ids: [],
    })
  })
})

describe("refusals name products by title, never by id", () => {
  const at = noon("2025-09-10")
  const tea = { id: "prod_01TEA", title: "Chè Shan tuyết Tà Xùa" }
  const coffee = { id: "prod_01COFFEE", title: "Cà phê Arabica Sơn La" }
  it.each([
    [
      "a decision certifying the product already",
      checkDecisionIdentity({
        identity: decisionIdentity("UBND tỉnh Sơn La", "1005/QĐ-UBND", "2025-08-01"),
        decision_date: "2025-08-01",
        product: tea,
        recorded: [
          {
            ...decisionIdentity("UBND tỉnh Sơn La", "1005/QĐ-UBND", "2025-08-01"),
            product_id: tea.id,
            decision_date: vnDateStart("2025-08-01"),
            authority_name: "UBND tỉnh Sơn La",
          },
        ],
      }),
    ],
    [
      "a second valid certificate",
      checkOneValidCertificate({
        product: tea,
        others: [{ id: "c1", decision_number: "1/QĐ-UBND", status: "valid", expires_at: new Date(at.getTime() + 1) }],
        renewing_id: null,
        at,
        field: "f",
      }).errors,
    ],
    ["a renewal of another product", checkSameProduct({ decision_number: "1/QĐ-UBND", product: coffee }, tea, "f")],
    [
      "a product twice in a batch",
      checkAgainstEarlierInBatch({
        decision_number: "1/QĐ-UBND",
        authority_name: "UBND tỉnh Sơn La",
        decision_date: "2025-09-15",
        earlier_decision_date: undefined,
        product: tea,
        product_earlier: true,
      }),
    ],
  ])("%s", (_, errors) => {
    expect(errors.length).toBe(1)
    expect(errors[0].message).toContain(`"${tea.title}"`)
    expect(errors[0].message).not.toMatch(/prod_/)
  })
  it("a product without a title is named by its id", () => {
    expect(productLabel({ id: "prod_1" })).toBe("product prod_1")
    expect(productLabel({ id: "prod_1", title: "Mắm ruốc" })).toBe('"Mắm ruốc"')
  })
})

describe("the other certificate rules", () => {
  const at = noon("2025-09-10")
  it("renews only a valid or expired certificate", () => {
    expect(checkRenewable({ status: "valid", expires_at: at, decision_number: "1/QĐ-UBND" }, at)).toEqual([])
    expect(rules(checkRenewable({ status: "revoked", expires_at: at, decision_number: "1/QĐ-UBND" }, at))).toEqual([
      "renewable",
    ])
    expect(rules(checkRenewable({ status: "superseded", expires_at: at, decision_number: "1/QĐ-UBND" }, at))).toEqual([
      "renewable",
    ])
  })
  it("one evaluation source, used once", () => {
    expect(checkEvaluationSource({ evaluation_id: "e1" })).toEqual([])
    expect(checkEvaluationSource({ evaluation: {} })).toEqual([])
    expect(rules(checkEvaluationSource({ evaluation_id: "e1", evaluation: {} }))).toEqual(["one_of"])
    expect(rules(checkEvaluationSource({}))).toEqual(["one_of"])
    expect(rules(checkEvaluationUnused("e1", { decision_number: "1/QĐ-UBND" }))).toEqual(["unused"])
  })
  it("1★ and 2★ are no certificates; a renewal is for the same product", () => {
    expect(checkCertifiedLevel({ stars: 3, total: 50, mandatory_unmet: [], field: "f" })).toEqual([])
    expect(checkCertifiedLevel({ stars: null, total: 49.75, mandatory_unmet: [], field: "f" })[0].message).toMatch(
      /49.75/,
    )
    expect(
      rules(checkSameProduct({ decision_number: "1/QĐ-UBND", product: { id: "a", title: "A" } }, { id: "b" }, "f")),
    ).toEqual(["same_product"])
  })
})

describe("checkAgainstEarlierInBatch", () => {
  const base = {
    decision_number: "1/QĐ-UBND",
    authority_name: "UBND tỉnh Lào Cai",
    decision_date: "2025-09-15",
    product: { id: "p", title: "Chè Shan" },
    product_earlier: false,
  }
  it("the same decision earlier in the batch on the same date is fine, on another date it is not; a product once", () => {
    expect(checkAgainstEarlierInBatch({ ...base, earlier_decision_date: undefined })).toEqual([])
    expect(checkAgainstEarlierInBatch({ ...base, earlier_decision_date: "2025-09-15" })).toEqual([])
    expect(rules(checkAgainstEarlierInBatch({ ...base, earlier_decision_date: "2025-09-16" }))).toEqual([
      "same_decision",
    ])
    expect(
      rules(checkAgainstEarlierInBatch({ ...base, earlier_decision_date: undefined, product_earlier: true })),
    ).toEqual(["one_valid_certificate"])
  })
})
