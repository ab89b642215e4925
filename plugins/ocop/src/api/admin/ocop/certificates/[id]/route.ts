import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../lib/certificate-listing"
import { presentEvaluation } from "../../../../../lib/present"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"

/** GET /admin/ocop/certificates/:id → { certificate } (with product, subject and its evaluation) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const certificate = await retrieveCertificate(req.scope, req.params.id)
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [evaluation] = await certification.listOcopEvaluations({ id: certificate.evaluation_id }, { take: 1 })
  res.json({ certificate: { ...certificate, evaluation: evaluation ? presentEvaluation(evaluation) : null } })
}
