import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fold } from "@ocop/reference"
import { notFound, ruleErrorsToMedusaError } from "../../../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { presentPublicCertificate } from "../../../../../lib/present"
import { parseDecisionNumber } from "../../../../../rules"

/**
 * GET /store/ocop/certificates/verify?decision_number=1898/QĐ-UBND[&issuer=Lào Cai][&year=2025] —
 * a public check for a buyer or an officer. The number is read as typed without a Vietnamese
 * keyboard too (1898/QD-UBND). A number is unique only within its issuer and year, so every match
 * is listed with its issuer and date:
 * → { certificates: [{ decision_number, decision_date, decision_year, stars, status, valid, valid_until,
 *     ended_on, revoked_at, revocation_reason, authority, authority_level, product_title, product_title_en, product_handle,
 *     producer, province }], ambiguous, certificate } (each as presentPublicCertificate states it now)
 * `ambiguous` when the matches belong to more than one decision (issuer, number, year): narrow with
 * `issuer` and/or `year`; `certificate` is the first match when they belong to one decision, else
 * null. 404 when no such decision is recorded.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { decision_number, issuer, year } = req.validatedQuery as {
    decision_number: string
    issuer?: string
    year?: number
  }
  const parsed = parseDecisionNumber(decision_number)
  if (!parsed.ok) throw ruleErrorsToMedusaError([parsed.error])
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const issuerText = issuer?.trim() ? fold(issuer) : null
  const matches = (
    await certification.listOcopCertificates(
      { decision_number: parsed.value.value, ...(year ? { decision_year: year } : {}) },
      { relations: ["subject"], order: { decision_date: "DESC", id: "ASC" }, take: 200 },
    )
  ).filter((certificate) => !issuerText || fold(certificate.authority_name).includes(issuerText))
  if (!matches.length) {
    const narrowed = issuerText || year ? ` for the issuer and year given` : ""
    throw notFound(
      `No OCOP certificate with decision number ${parsed.value.value}${narrowed} is recorded on this marketplace: do not rely on it as an OCOP certification.`,
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "metadata"],
    filters: { id: [...new Set(matches.map((c) => c.product_id))] },
  })
  const byId = new Map((products as { id: string; title: string; handle: string }[]).map((p) => [p.id, p]))
  const at = new Date()
  const certificates = matches.map((certificate) => ({
    ...presentPublicCertificate(certificate, byId.get(certificate.product_id) ?? null, at),
    decision_year: certificate.decision_year,
  }))
  const decisions = new Set(matches.map((c) => `${c.authority_key}|${c.decision_year}`))
  const ambiguous = decisions.size > 1
  res.json({ certificates, ambiguous, certificate: ambiguous ? null : certificates[0] })
}
