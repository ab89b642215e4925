import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { notFound, ruleErrorsToMedusaError } from "../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import {
  checkAuthority,
  checkCertifiedLevel,
  checkDecisionDate,
  checkDecisionIdentity,
  checkEvaluationSource,
  checkEvaluationUnused,
  checkIssuer,
  checkOneValidCertificate,
  checkRenewable,
  checkSameProduct,
  decisionIdentity,
  evaluateScoreSheet,
  expiresAt,
  fromHundredths,
  isAuthorityLevel,
  parseDecisionNumber,
  parseVnDate,
  vnDateOf,
  vnDateStart,
  type AuthorityLevel,
  type DecisionIdentity,
  type NamedProduct,
  type RuleError,
  type Stars,
} from "../../../rules"
import type { CertificateCreateData, EvaluationCreateData, RenewCertificateInput } from "../types"
import { readsOneByOne, type CertificateReads } from "./certificate-reads"
import { prepareEvaluation } from "./prepare-evaluation"

export interface PreparedCertificate {
  /** The evaluation to create, or the id of the stored one. */
  evaluation: { id: string | null; create: EvaluationCreateData | null }
  certificate: CertificateCreateData
  /** The decision the certificate belongs to: (issuing authority, number, year). */
  decision: DecisionIdentity
  /** The certified product as refusals name it (by title). */
  product: NamedProduct
  /** The certificate being renewed (renew only). */
  previous_id: string | null
  /** Certificates of the product still stored as `valid` although past their expiry: marked expired first. */
  stale_ids: string[]
}

export const prepareCertificateStepId = "ocop-prepare-certificate"

/**
 * Checks everything a certificate needs before anything is written: reads the certificate being
 * renewed, the evaluation (stored or given), the producer, the certificates recorded under the same
 * decision number and the product's valid certificates; judges them with the rules (src/rules:
 * certificate, authority, issuer, decision-number, scoring); throws a 400 naming every broken rule
 * (404 for an unknown certificate or evaluation id).
 */
export const prepareCertificateStep = createStep(
  prepareCertificateStepId,
  async (input: Partial<RenewCertificateInput> & { mode: "issue" | "renew" }, { container }) =>
    new StepResponse(await prepareCertificate(container, input)),
)

function throwIf(errors: RuleError[]) {
  if (errors.length) throw ruleErrorsToMedusaError(errors)
}

/**
 * The checks of prepareCertificateStep, for one certificate: throws the 400/404 it would. `reads`
 * answers its questions to the database (preloaded for a batch: prepareCertificatesStep).
 */
export async function prepareCertificate(
  container: Pick<MedusaContainer, "resolve">,
  input: Partial<RenewCertificateInput> & { mode: "issue" | "renew" },
  reads: CertificateReads = readsOneByOne(container),
): Promise<PreparedCertificate> {
  const at = clock(input.now)
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const errors: RuleError[] = []

  // The certificate being renewed
  let previous: Record<string, any> | null = null
  if (input.mode === "renew") {
    ;[previous] = input.certificate_id
      ? await certification.listOcopCertificates({ id: input.certificate_id }, { take: 1 })
      : []
    if (!previous) throw notFound(`No OCOP certificate with id ${JSON.stringify(input.certificate_id)}`)
    throwIf(checkRenewable(previous as any, at))
  }

  // The evaluation: stored (re-checked with the rules) or given in the body
  throwIf(checkEvaluationSource(input))
  const hasId = !!input.evaluation_id
  const productField = hasId ? "evaluation_id" : "evaluation.product_id"
  let evaluation: EvaluationCreateData
  let evaluationId: string | null = null
  let subject: Record<string, any>
  if (hasId) {
    const [stored] = await certification.listOcopEvaluations(
      { id: input.evaluation_id! },
      { relations: ["subject"], take: 1 },
    )
    if (!stored) throw notFound(`No OCOP evaluation with id ${JSON.stringify(input.evaluation_id)}`)
    const [usedBy] = await certification.listOcopCertificates(
      { evaluation_id: stored.id },
      { select: ["id", "decision_number"], take: 1 },
    )
    errors.push(...checkEvaluationUnused(stored.id, usedBy))
    const recheck = evaluateScoreSheet({
      product_group: stored.product_group,
      scores: stored.scores,
      mandatory_unmet: stored.mandatory_unmet as unknown,
    })
    if (!recheck.ok) throwIf(recheck.errors.map((e) => ({ ...e, field: `evaluation.${e.field}` })))
    const sheet = (recheck as Extract<typeof recheck, { ok: true }>).value
    subject = stored.subject as Record<string, any>
    evaluationId = stored.id
    evaluation = {
      subject_id: subject.id,
      product_id: stored.product_id,
      product_group: stored.product_group,
      subgroup: stored.subgroup,
      scores: sheet.scores,
      part_a: sheet.part_a,
      part_b: sheet.part_b,
      part_c: sheet.part_c,
      total: sheet.total,
      mandatory_unmet: sheet.mandatory_unmet,
      council: stored.council,
      evaluated_at: new Date(stored.evaluated_at).toISOString(),
      computed_stars: sheet.stars,
    }
  } else {
    const prepared = await prepareEvaluation(container, input.evaluation!, at, "evaluation.", reads)
    throwIf(prepared.errors)
    evaluation = prepared.data!
    subject = prepared.subject!
  }

  const stars = evaluation.computed_stars as Stars | null
  throwIf(
    checkCertifiedLevel({
      stars,
      total: fromHundredths(evaluation.total),
      mandatory_unmet: evaluation.mandatory_unmet,
      field: hasId ? "evaluation_id" : "evaluation.scores",
    }),
  )
  // Refusals name products by title: a person reads them (the admin form shows them as they are).
  const product: NamedProduct = {
    id: evaluation.product_id,
    title: await reads.productTitle(evaluation.product_id),
  }
  if (previous && previous.product_id !== product.id) {
    const previousProduct = { id: previous.product_id, title: await reads.productTitle(previous.product_id) }
    errors.push(
      ...checkSameProduct(
        { decision_number: previous.decision_number, product: previousProduct },
        product,
        productField,
      ),
    )
  }

  // The decision: its number, date and issuing authority
  const number = parseDecisionNumber(input.decision_number)
  if (!number.ok) errors.push(number.error)
  const decisionDate = parseVnDate(input.decision_date)
  errors.push(
    ...checkDecisionDate({
      decision_date: decisionDate,
      raw: input.decision_date,
      at,
      evaluated_on: vnDateOf(new Date(evaluation.evaluated_at)),
      previous_decision_date: previous ? vnDateOf(new Date(previous.decision_date)) : null,
    }),
  )
  let decision: DecisionIdentity | null = null
  let authorityName: string | null = null
  if (decisionDate) {
    errors.push(
      ...checkAuthority({
        stars: stars!,
        decision_date: decisionDate,
        authority_level: input.authority_level,
        decision_number: number.ok ? input.decision_number : undefined,
      }),
    )
    if (isAuthorityLevel(input.authority_level)) {
      const issuer = checkIssuer({
        decision_date: decisionDate,
        authority_level: input.authority_level,
        authority_name: input.authority_name,
        producer: {
          province: subject.province,
          historical_province: subject.historical_province,
          address: subject.address,
        },
      })
      errors.push(...issuer.errors)
      authorityName = issuer.issuer?.name ?? null
    }
    if (number.ok && authorityName) {
      decision = decisionIdentity(authorityName, number.value.value, decisionDate)
      const recorded = await reads.certificatesOfDecision(number.value.value)
      errors.push(
        ...checkDecisionIdentity({
          identity: decision,
          decision_date: decisionDate,
          product,
          recorded: recorded as any,
        }),
      )
    }
  }

  // The product's other certificates
  const others = await reads.validCertificatesOfProduct(evaluation.product_id)
  const oneValid = checkOneValidCertificate({
    product,
    others,
    renewing_id: previous?.id ?? null,
    at,
    field: productField,
  })
  errors.push(...oneValid.errors)

  throwIf(errors)

  const certificate: CertificateCreateData = {
    product_id: evaluation.product_id,
    subject_id: subject.id,
    ...(evaluationId ? { evaluation_id: evaluationId } : {}),
    product_group: evaluation.product_group,
    subgroup: evaluation.subgroup,
    stars: stars!,
    authority_level: input.authority_level as AuthorityLevel,
    authority_name: authorityName!,
    authority_key: decision!.authority_key,
    decision_number: decision!.decision_number,
    decision_year: decision!.decision_year,
    decision_date: vnDateStart(decisionDate!).toISOString(),
    expires_at: expiresAt(decisionDate!).toISOString(),
    status: "valid",
    document_url: input.document_url ?? null,
    replaces_id: previous?.id ?? null,
    province: subject.province,
  }
  return {
    evaluation: { id: evaluationId, create: evaluationId ? null : evaluation },
    certificate,
    decision: decision!,
    product,
    previous_id: previous?.id ?? null,
    stale_ids: oneValid.stale_ids,
  }
}
