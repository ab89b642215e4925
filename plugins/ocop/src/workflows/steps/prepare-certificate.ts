import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../lib/clock"
import { notFound, ruleErrorsToMedusaError } from "../../lib/errors"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import {
  checkAuthority,
  evaluateScoreSheet,
  expiresAt,
  fromHundredths,
  parseDecisionNumber,
  parseVnDate,
  statusAt,
  validUntil,
  vnDateOf,
  vnDateStart,
  type AuthorityLevel,
  type RuleError,
  type Stars,
} from "../../rules"
import type { CertificateCreateData, EvaluationCreateData, RenewCertificateInput } from "../types"
import { readsOneByOne, type CertificateReads } from "./certificate-reads"
import { prepareEvaluation } from "./prepare-evaluation"

export interface PreparedCertificate {
  /** The evaluation to create, or the id of the stored one. */
  evaluation: { id: string | null; create: EvaluationCreateData | null }
  certificate: CertificateCreateData
  /** The certificate being renewed (renew only). */
  previous_id: string | null
  /** Certificates of the product still stored as `valid` although past their expiry: marked expired first. */
  stale_ids: string[]
}

export const prepareCertificateStepId = "ocop-prepare-certificate"

/**
 * Checks everything a certificate needs before anything is written (reads only): the evaluation
 * (stored or given) and its stars by the rules, the decision number (format, unique), the decision
 * date (a real day, not in the future, not before the evaluation, not already expired), the
 * authority for those stars on that date, and the product's other certificates. 400 naming each
 * broken rule; 404 for an unknown certificate or evaluation id.
 */
export const prepareCertificateStep = createStep(
  prepareCertificateStepId,
  async (input: Partial<RenewCertificateInput> & { mode: "issue" | "renew" }, { container }) =>
    new StepResponse(await prepareCertificate(container, input))
)

/**
 * The checks of prepareCertificateStep, for one certificate: throws the 400/404 it would. `reads`
 * answers its questions to the database (preloaded for a batch: prepareCertificatesStep).
 */
export async function prepareCertificate(
  container: Pick<MedusaContainer, "resolve">,
  input: Partial<RenewCertificateInput> & { mode: "issue" | "renew" },
  reads: CertificateReads = readsOneByOne(container)
): Promise<PreparedCertificate> {
  const at = clock(input.now)
  const today = vnDateOf(at)
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const errors: RuleError[] = []

  // The certificate being renewed
  let previous: Record<string, any> | null = null
  if (input.mode === "renew") {
    ;[previous] = input.certificate_id
      ? await certification.listOcopCertificates({ id: input.certificate_id }, { take: 1 })
      : []
    if (!previous) throw notFound(`No OCOP certificate with id ${JSON.stringify(input.certificate_id)}`)
    const status = statusAt(previous as any, at)
    if (status !== "valid" && status !== "expired") {
      throw ruleErrorsToMedusaError([
        {
          field: "certificate",
          rule: "renewable",
          message: `certificate ${previous.decision_number} is ${status}: only a valid or expired certificate can be renewed (issue a new one instead)`,
        },
      ])
    }
  }

  // The evaluation: stored (re-checked with the rules) or given in the body
  const hasId = typeof input.evaluation_id === "string" && input.evaluation_id.length > 0
  const hasBody = !!input.evaluation
  if (hasId === hasBody) {
    throw ruleErrorsToMedusaError([
      { field: "evaluation_id", rule: "one_of", message: "give either evaluation_id (a stored evaluation) or evaluation (a new score sheet), not both or neither" },
    ])
  }
  let evaluation: EvaluationCreateData | null = null
  let evaluationId: string | null = null
  let subject: Record<string, any> | null = null
  if (hasId) {
    const [stored] = await certification.listOcopEvaluations({ id: input.evaluation_id! }, { relations: ["subject"], take: 1 })
    if (!stored) throw notFound(`No OCOP evaluation with id ${JSON.stringify(input.evaluation_id)}`)
    const used = await certification.listOcopCertificates({ evaluation_id: stored.id }, { select: ["id", "decision_number"], take: 1 })
    if (used.length) {
      errors.push({ field: "evaluation_id", rule: "unused", message: `evaluation ${stored.id} already backs certificate ${used[0].decision_number}` })
    }
    const recheck = evaluateScoreSheet({
      product_group: stored.product_group,
      scores: stored.scores,
      mandatory_unmet: stored.mandatory_unmet as unknown,
    })
    if (!recheck.ok) throw ruleErrorsToMedusaError(recheck.errors.map((e) => ({ ...e, field: `evaluation.${e.field}` })))
    subject = stored.subject as Record<string, any>
    evaluationId = stored.id
    evaluation = {
      subject_id: subject.id,
      product_id: stored.product_id,
      product_group: stored.product_group,
      subgroup: stored.subgroup,
      scores: recheck.value.scores,
      part_a: recheck.value.part_a,
      part_b: recheck.value.part_b,
      part_c: recheck.value.part_c,
      total: recheck.value.total,
      mandatory_unmet: recheck.value.mandatory_unmet,
      council: stored.council,
      evaluated_at: new Date(stored.evaluated_at).toISOString(),
      computed_stars: recheck.value.stars,
    }
  } else {
    const prepared = await prepareEvaluation(container, input.evaluation!, at, "evaluation.", reads)
    if (prepared.errors.length) throw ruleErrorsToMedusaError(prepared.errors)
    evaluation = prepared.data!
    subject = prepared.subject
  }

  const stars = evaluation.computed_stars as Stars | null
  if (stars === null) {
    const unmet = evaluation.mandatory_unmet.length
      ? `; mandatory criteria not met: ${evaluation.mandatory_unmet.join(", ")}`
      : ""
    throw ruleErrorsToMedusaError([
      {
        field: hasId ? "evaluation_id" : "evaluation.scores",
        rule: "certified_level",
        message: `the evaluation reaches no certified level (total ${fromHundredths(evaluation.total)} points; 3★ needs 50${unmet}): 1★ and 2★ are feedback, not certificates`,
      },
    ])
  }
  if (previous && previous.product_id !== evaluation.product_id) {
    errors.push({
      field: hasId ? "evaluation_id" : "evaluation.product_id",
      rule: "same_product",
      message: `the re-evaluation is for product ${evaluation.product_id}, but certificate ${previous.decision_number} is for product ${previous.product_id}`,
    })
  }

  // The decision
  const number = parseDecisionNumber(input.decision_number)
  if (!number.ok) errors.push(number.error)
  const decisionDate = parseVnDate(input.decision_date)
  if (number.ok) {
    // One decision recognises a list of products: its number may back several certificates, but
    // it is one document (one date, one authority) and names a product once.
    const value = number.value.value
    const recorded = await reads.certificatesOfDecision(value)
    if (recorded.some((c) => c.product_id === evaluation.product_id)) {
      errors.push({ field: "decision_number", rule: "unique", message: `decision ${value} already certifies product ${evaluation.product_id}` })
    }
    const first = recorded[0]
    const sameName = (a: unknown, b: unknown) =>
      String(a ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi") === String(b ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")
    if (
      first &&
      decisionDate &&
      (vnDateOf(new Date(first.decision_date)) !== decisionDate ||
        first.authority_level !== input.authority_level ||
        !sameName(first.authority_name, input.authority_name))
    ) {
      errors.push({
        field: "decision_number",
        rule: "same_decision",
        message: `decision ${value} is recorded as signed on ${vnDateOf(new Date(first.decision_date))} by ${first.authority_name}: the same number cannot name another decision`,
      })
    }
  }
  if (!decisionDate) {
    errors.push({ field: "decision_date", rule: "date", message: `not a date: ${JSON.stringify(input.decision_date)} (expected YYYY-MM-DD)` })
  } else {
    if (decisionDate > today) {
      errors.push({ field: "decision_date", rule: "future", message: `a decision cannot be dated after today (${today} in Vietnam)` })
    }
    const evaluatedOn = vnDateOf(new Date(evaluation.evaluated_at))
    if (decisionDate < evaluatedOn) {
      errors.push({ field: "decision_date", rule: "after_evaluation", message: `the decision (${decisionDate}) cannot precede the evaluation (${evaluatedOn})` })
    }
    if (previous && decisionDate < vnDateOf(new Date(previous.decision_date))) {
      errors.push({
        field: "decision_date",
        rule: "after_previous",
        message: `the renewal (${decisionDate}) cannot precede the certificate it renews (${vnDateOf(new Date(previous.decision_date))})`,
      })
    }
    if (expiresAt(decisionDate).getTime() <= at.getTime()) {
      errors.push({
        field: "decision_date",
        rule: "expired",
        message: `a decision dated ${decisionDate} was valid through ${validUntil(decisionDate)}: it has expired and cannot be issued`,
      })
    }
    errors.push(
      ...checkAuthority({
        stars,
        decision_date: decisionDate,
        authority_level: input.authority_level,
        authority_name: input.authority_name,
        decision_number: number.ok ? input.decision_number : undefined,
      })
    )
  }

  // The product's other certificates
  const current = await reads.validCertificatesOfProduct(evaluation.product_id)
  const staleIds: string[] = []
  for (const other of current) {
    if (previous && other.id === previous.id) continue
    if (statusAt(other, at) === "valid") {
      errors.push({
        field: hasId ? "evaluation_id" : "evaluation.product_id",
        rule: "one_valid_certificate",
        message: `product ${evaluation.product_id} already has the valid certificate ${other.decision_number}: renew it instead`,
      })
    } else {
      staleIds.push(other.id)
    }
  }

  if (errors.length) throw ruleErrorsToMedusaError(errors)

  const certificate: CertificateCreateData = {
    product_id: evaluation.product_id,
    subject_id: subject!.id,
    ...(evaluationId ? { evaluation_id: evaluationId } : {}),
    product_group: evaluation.product_group,
    subgroup: evaluation.subgroup,
    stars: stars!,
    authority_level: input.authority_level as AuthorityLevel,
    authority_name: String(input.authority_name).trim(),
    decision_number: (number as { ok: true; value: { value: string } }).value.value,
    decision_date: vnDateStart(decisionDate!).toISOString(),
    expires_at: expiresAt(decisionDate!).toISOString(),
    status: "valid",
    document_url: input.document_url ?? null,
    replaces_id: previous?.id ?? null,
    province: subject!.province,
  }
  const prepared: PreparedCertificate = {
    evaluation: { id: evaluationId, create: evaluationId ? null : evaluation },
    certificate,
    previous_id: previous?.id ?? null,
    stale_ids: staleIds,
  }
  return prepared
}
