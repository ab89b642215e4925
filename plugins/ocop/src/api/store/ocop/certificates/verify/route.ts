import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, ruleErrorsToMedusaError } from "../../../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { presentPublicCertificate } from "../../../../../lib/present"
import { parseDecisionNumber } from "../../../../../rules"

/**
 * GET /store/ocop/certificates/verify?decision_number=1898/QĐ-UBND — a public check for a buyer
 * or an officer → { certificate: { decision_number, decision_date, stars, status, valid, valid_until,
 * ended_on, revoked_at, revocation_reason, authority, authority_level, product_title, product_handle,
 * producer, province } } (see presentPublicCertificate), or 404 when no such decision is recorded.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { decision_number } = req.validatedQuery as { decision_number: string }
  const parsed = parseDecisionNumber(decision_number)
  if (!parsed.ok) throw ruleErrorsToMedusaError([parsed.error])
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [certificate] = await certification.listOcopCertificates(
    { decision_number: parsed.value.value },
    { relations: ["subject"], take: 1 }
  )
  if (!certificate) {
    throw notFound(
      `No OCOP certificate with decision number ${parsed.value.value} is recorded on this marketplace: do not rely on it as an OCOP certification.`
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: certificate.product_id } })
  res.json({ certificate: presentPublicCertificate(certificate, (products[0] as { title?: string; handle?: string }) ?? null) })
}
