/**
 * What makes a certificate valid to issue or renew, besides the score sheet (./scoring), the
 * authority (./authority, ./issuer) and the decision number's form (./decision-number). Pure
 * TypeScript: the workflow step reads the facts, these functions judge them, the step throws.
 */
import type { RuleError } from "./errors"
import { normaliseProvinceName } from "@ocop/reference"
import { expiresAt, statusAt, validUntil, type CertificateClock } from "./validity"
import { vnDateOf, type VnDate } from "./vn-date"

/** A product named in a refusal: what a person reads (its title); its id only when it has none. */
export interface NamedProduct {
  id: string
  title?: string | null
}

/** How a refusal names a product: its title in quotes, never its id when it has a title. */
export function productLabel(product: NamedProduct): string {
  return product.title ? `"${product.title}"` : `product ${product.id}`
}

/** How a refusal's params name a product: its title (an id is for the API's message only). */
function productParam(product: NamedProduct): string {
  return product.title ?? ""
}

/** Only a valid or expired certificate can be renewed: a revoked or superseded one is issued anew. */
export function checkRenewable(previous: CertificateClock & { decision_number: string }, at: Date): RuleError[] {
  const status = statusAt(previous, at)
  if (status === "valid" || status === "expired") return []
  return [
    {
      field: "certificate",
      rule: "renewable",
      params: { decision_number: previous.decision_number },
      message: `certificate ${previous.decision_number} is ${status}: only a valid or expired certificate can be renewed (issue a new one instead)`,
    },
  ]
}

/** A certificate is backed by a stored evaluation or by a new score sheet, exactly one of them. */
export function checkEvaluationSource(input: { evaluation_id?: unknown; evaluation?: unknown }): RuleError[] {
  const hasId = typeof input.evaluation_id === "string" && input.evaluation_id.length > 0
  if (hasId !== !!input.evaluation) return []
  return [
    {
      field: "evaluation_id",
      rule: "one_of",
      message: "give either evaluation_id (a stored evaluation) or evaluation (a new score sheet), not both or neither",
    },
  ]
}

/** A stored evaluation backs one certificate. */
export function checkEvaluationUnused(
  evaluationId: string,
  usedBy: { decision_number: string } | undefined,
): RuleError[] {
  if (!usedBy) return []
  return [
    {
      field: "evaluation_id",
      rule: "unused",
      params: { decision_number: usedBy.decision_number },
      message: `evaluation ${evaluationId} already backs certificate ${usedBy.decision_number}`,
    },
  ]
}

/** Only 3★, 4★ and 5★ are certificates; 1★ and 2★ are feedback. `total` in points. */
export function checkCertifiedLevel(input: {
  stars: number | null
  total: number
  mandatory_unmet: string[]
  field: string
}): RuleError[] {
  if (input.stars !== null) return []
  const unmet = input.mandatory_unmet.length ? `; mandatory criteria not met: ${input.mandatory_unmet.join(", ")}` : ""
  return [
    {
      field: input.field,
      rule: "certified_level",
      params: { total: input.total, min: 50 },
      message: `the evaluation reaches no certified level (total ${input.total} points; 3★ needs 50${unmet}): 1★ and 2★ are feedback, not certificates`,
    },
  ]
}

/** A renewal re-evaluates the same product. */
export function checkSameProduct(
  previous: { decision_number: string; product: NamedProduct },
  product: NamedProduct,
  field: string,
): RuleError[] {
  if (previous.product.id === product.id) return []
  return [
    {
      field,
      rule: "same_product",
      params: {
        decision_number: previous.decision_number,
        product: productParam(product),
        previous_product: productParam(previous.product),
      },
      message: `the re-evaluation is for ${productLabel(product)}, but certificate ${previous.decision_number} is for ${productLabel(previous.product)}`,
    },
  ]
}

export interface DecisionDateFacts {
  /** The decision's day, or null when the input is not a date. */
  decision_date: VnDate | null
  raw: unknown
  /** The instant of the check. */
  at: Date
  evaluated_on: VnDate
  /** The decision date of the certificate renewed (renew only). */
  previous_decision_date?: VnDate | null
}

/**
 * A decision is dated on a real day, not after today (in Vietnam), not before its evaluation or
 * the certificate it renews, and not so long ago that it has already expired.
 */
export function checkDecisionDate(facts: DecisionDateFacts): RuleError[] {
  const date = facts.decision_date
  if (!date)
    return [
      {
        field: "decision_date",
        rule: "date",
        params: { value: typeof facts.raw === "string" ? facts.raw : JSON.stringify(facts.raw ?? "") },
        message: `not a date: ${JSON.stringify(facts.raw)} (expected YYYY-MM-DD)`,
      },
    ]
  const errors: RuleError[] = []
  const today = vnDateOf(facts.at)
  if (date > today)
    errors.push({
      field: "decision_date",
      rule: "future",
      params: { date, today },
      message: `a decision cannot be dated after today (${today} in Vietnam)`,
    })
  if (date < facts.evaluated_on) {
    errors.push({
      field: "decision_date",
      rule: "after_evaluation",
      params: { date, evaluated_on: facts.evaluated_on },
      message: `the decision (${date}) cannot precede the evaluation (${facts.evaluated_on})`,
    })
  }
  if (facts.previous_decision_date && date < facts.previous_decision_date) {
    errors.push({
      field: "decision_date",
      rule: "after_previous",
      params: { date, previous_date: facts.previous_decision_date },
      message: `the renewal (${date}) cannot precede the certificate it renews (${facts.previous_decision_date})`,
    })
  }
  if (expiresAt(date).getTime() <= facts.at.getTime()) {
    errors.push({
      field: "decision_date",
      rule: "expired",
      params: { date, valid_until: validUntil(date) },
      message: `a decision dated ${date} was valid through ${validUntil(date)}: it has expired and cannot be issued`,
    })
  }
  return errors
}

/**
 * A decision is identified by its issuing authority, its number and its calendar year (Decree
 * 30/2020/NĐ-CP numbers documents per issuer and year): two provinces may both sign `1005/QĐ-UBND`,
 * and a province signs a `1005/QĐ-UBND` every year. `authority_key` is the issuer's canonical name
 * (see parseIssuer), compared without case or tone-mark placement.
 */
export interface DecisionIdentity {
  authority_key: string
  decision_number: string
  decision_year: number
}

export function authorityKey(canonicalName: string): string {
  return normaliseProvinceName(canonicalName).toLocaleLowerCase("vi")
}

export function decisionIdentity(
  canonicalAuthority: string,
  decisionNumber: string,
  decisionDate: VnDate,
): DecisionIdentity {
  return {
    authority_key: authorityKey(canonicalAuthority),
    decision_number: decisionNumber,
    decision_year: Number(decisionDate.slice(0, 4)),
  }
}

export function sameDecision(a: DecisionIdentity, b: DecisionIdentity): boolean {
  return (
    a.authority_key === b.authority_key &&
    a.decision_number === b.decision_number &&
    a.decision_year === b.decision_year
  )
}

export interface RecordedDecision extends DecisionIdentity {
  product_id: string
  decision_date: Date | string
  authority_name: string
}

/**
 * One decision recognises a list of products: the same decision (issuer, number, year) may back
 * several certificates, but it is one document with one date, and names a product once. Another
 * issuer's or another year's decision with the same number is another decision.
 */
export function checkDecisionIdentity(input: {
  identity: DecisionIdentity
  decision_date: VnDate
  product: NamedProduct
  /** Certificates recorded under the same number, of any issuer and year. */
  recorded: RecordedDecision[]
}): RuleError[] {
  const same = input.recorded.filter((row) => sameDecision(row, input.identity))
  const errors: RuleError[] = []
  const { decision_number: number, decision_year: year } = input.identity
  if (same.some((row) => row.product_id === input.product.id)) {
    errors.push({
      field: "decision_number",
      rule: "unique",
      params: {
        decision_number: number,
        authority: same[0].authority_name,
        year,
        product: productParam(input.product),
      },
      message: `decision ${number} of ${same[0].authority_name} (${year}) already certifies ${productLabel(input.product)}`,
    })
  }
  const first = same[0]
  if (first && vnDateOf(new Date(first.decision_date)) !== input.decision_date) {
    errors.push({
      field: "decision_number",
      rule: "same_decision",
      params: {
        decision_number: number,
        authority: first.authority_name,
        recorded_date: vnDateOf(new Date(first.decision_date)),
      },
      message: `decision ${number} of ${first.authority_name} is recorded as signed on ${vnDateOf(new Date(first.decision_date))}: the same issuer's number names one decision a year`,
    })
  }
  return errors
}

/**
 * A product has at most one valid certificate: another one still valid refuses the new one (renew
 * it instead); those stored as valid but past their expiry are returned to be marked expired.
 */
export function checkOneValidCertificate(input: {
  product: NamedProduct
  others: (CertificateClock & { id: string; decision_number: string })[]
  /** The certificate being renewed, which the new one replaces. */
  renewing_id: string | null
  at: Date
  field: string
}): { errors: RuleError[]; stale_ids: string[] } {
  const errors: RuleError[] = []
  const staleIds: string[] = []
  for (const other of input.others) {
    if (other.id === input.renewing_id) continue
    if (statusAt(other, input.at) === "valid") {
      errors.push({
        field: input.field,
        rule: "one_valid_certificate",
        params: { product: productParam(input.product), decision_number: other.decision_number },
        message: `${productLabel(input.product)} already has the valid certificate ${other.decision_number}: renew it instead`,
      })
    } else {
      staleIds.push(other.id)
    }
  }
  return { errors, stale_ids: staleIds }
}

/**
 * Within a batch, certificates are judged as if issued one after the other: a decision issued
 * earlier in the batch has the same date, and a product certified earlier in it gets no second one.
 */
export function checkAgainstEarlierInBatch(input: {
  decision_number: string
  authority_name: string
  decision_date: string
  /** The decision date of the same decision earlier in the batch, if any. */
  earlier_decision_date: string | undefined
  product: NamedProduct
  product_earlier: boolean
}): RuleError[] {
  const errors: RuleError[] = []
  if (input.earlier_decision_date !== undefined && input.earlier_decision_date !== input.decision_date) {
    errors.push({
      field: "decision_number",
      rule: "same_decision",
      params: {
        decision_number: input.decision_number,
        authority: input.authority_name,
        recorded_date: input.earlier_decision_date,
      },
      message: `decision ${input.decision_number} of ${input.authority_name} is signed on another date earlier in this batch: the same issuer's number names one decision a year`,
    })
  }
  if (input.product_earlier) {
    errors.push({
      field: "evaluation.product_id",
      rule: "one_valid_certificate",
      params: { product: productParam(input.product) },
      message: `${productLabel(input.product)} gets a certificate earlier in this batch`,
    })
  }
  return errors
}
