import { fromHundredths, standingAt, vnDateOf } from "../rules"

/**
 * API shapes. Dates of decisions are days in Asia/Ho_Chi_Minh (`YYYY-MM-DD`); `expires_at` is the
 * instant validity ends; `status` is the status NOW (a stored `valid` past its expiry reads `expired`).
 */

type Row = Record<string, any>

function iso(value: unknown): string | null {
  if (!value) return null
  return new Date(value as string).toISOString()
}

export function presentSubject(subject: Row | null | undefined) {
  if (!subject) return null
  return {
    id: subject.id,
    legal_name: subject.legal_name,
    type: subject.type,
    tax_code: subject.tax_code,
    address: subject.address,
    province: subject.province,
    historical_province: subject.historical_province ?? null,
    email: subject.email ?? null,
    created_at: iso(subject.created_at),
    updated_at: iso(subject.updated_at),
  }
}

export function presentEvaluation(evaluation: Row) {
  return {
    id: evaluation.id,
    subject_id: evaluation.subject_id ?? evaluation.subject?.id ?? null,
    product_id: evaluation.product_id,
    product_group: evaluation.product_group,
    subgroup: evaluation.subgroup,
    scores: evaluation.scores,
    part_a: fromHundredths(evaluation.part_a),
    part_b: fromHundredths(evaluation.part_b),
    part_c: fromHundredths(evaluation.part_c),
    total: fromHundredths(evaluation.total),
    mandatory_unmet: evaluation.mandatory_unmet ?? [],
    council: evaluation.council,
    evaluated_at: iso(evaluation.evaluated_at),
    computed_stars: evaluation.computed_stars ?? null,
    created_at: iso(evaluation.created_at),
  }
}

export function presentCertificate(certificate: Row, at = new Date()) {
  const standing = standingAt(certificate as { status: string; expires_at: Date }, at)
  const presented: Row = {
    id: certificate.id,
    product_id: certificate.product_id,
    subject_id: certificate.subject_id ?? certificate.subject?.id ?? null,
    evaluation_id: certificate.evaluation_id ?? certificate.evaluation?.id ?? null,
    product_group: certificate.product_group,
    subgroup: certificate.subgroup,
    stars: certificate.stars,
    authority_level: certificate.authority_level,
    authority_name: certificate.authority_name,
    decision_number: certificate.decision_number,
    decision_date: vnDateOf(new Date(certificate.decision_date)),
    valid_until: standing.valid_until,
    expires_at: iso(certificate.expires_at),
    status: standing.status,
    valid: standing.valid,
    ended_on: standing.ended_on,
    revoked_at: iso(certificate.revoked_at),
    revocation_reason: certificate.revocation_reason ?? null,
    document_url: certificate.document_url ?? null,
    replaces_id: certificate.replaces_id ?? null,
    province: certificate.province,
    reminder_30_sent_at: iso(certificate.reminder_30_sent_at),
    reminder_7_sent_at: iso(certificate.reminder_7_sent_at),
    created_at: iso(certificate.created_at),
    updated_at: iso(certificate.updated_at),
  }
  if (certificate.product !== undefined) {
    presented.product = certificate.product
      ? { id: certificate.product.id, title: certificate.product.title, handle: certificate.product.handle }
      : null
  }
  if (certificate.subject !== undefined && certificate.subject !== null && typeof certificate.subject === "object") {
    presented.subject = {
      id: certificate.subject.id,
      legal_name: certificate.subject.legal_name,
      type: certificate.subject.type,
    }
  }
  return presented
}

/** The compact `ocop` object of a store product (whose certificate is valid at `at`). */
export function presentStoreOcop(certificate: Row, at = new Date()) {
  const standing = standingAt(certificate as { status: string; expires_at: Date }, at)
  return {
    status: standing.status,
    valid: standing.valid,
    stars: certificate.stars,
    product_group: certificate.product_group,
    subgroup: certificate.subgroup,
    province: certificate.province,
    producer: certificate.subject?.legal_name ?? null,
    producer_id: certificate.subject?.id ?? null,
    decision_number: certificate.decision_number,
    authority: certificate.authority_name,
    decision_date: certificate.decision_date ? vnDateOf(new Date(certificate.decision_date)) : null,
    valid_until: standing.valid_until,
  }
}

/** A certificate's decision and its standing at a moment: what every public view of it starts with. */
export function presentDecisionStanding(certificate: Row, standing: ReturnType<typeof standingAt>) {
  return {
    decision_number: certificate.decision_number,
    decision_date: vnDateOf(new Date(certificate.decision_date)),
    stars: certificate.stars,
    status: standing.status,
    valid: standing.valid,
    valid_until: standing.valid_until,
    ended_on: standing.ended_on,
  }
}

/**
 * A certificate as the public sees it (certificate check, a product's page): the decision, and its
 * standing now. `valid` false means no stars, no OCOP mark and no "valid until" to show: instead
 * `status` (revoked or expired), `ended_on` and, for a revocation, `revocation_reason`.
 */
export function presentPublicCertificate(
  certificate: Row,
  product: { title?: string | null; handle?: string | null; metadata?: Record<string, unknown> | null } | null,
  at = new Date(),
) {
  const standing = standingAt(certificate as { status: string; expires_at: Date }, at)
  return {
    ...presentDecisionStanding(certificate, standing),
    revoked_at: standing.status === "revoked" ? iso(certificate.revoked_at) : null,
    revocation_reason: standing.reason,
    authority: certificate.authority_name,
    authority_level: certificate.authority_level,
    product_title: product?.title ?? null,
    /** The product's English name where the catalogue or the seller gave one. */
    product_title_en: typeof product?.metadata?.title_en === "string" ? product.metadata.title_en : null,
    product_handle: product?.handle ?? null,
    producer: (certificate.subject as { legal_name?: string } | null)?.legal_name ?? null,
    province: certificate.province,
  }
}
