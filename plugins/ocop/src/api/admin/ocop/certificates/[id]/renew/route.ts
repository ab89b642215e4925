import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../../lib/certificate-listing"
import { renewCertificateWorkflow } from "../../../../../../workflows/certification/workflows/renew-certificate"
import type { AdminIssueCertificateType } from "../../../validators"

/** POST /admin/ocop/certificates/:id/renew (same body as issuing) → { certificate, previous } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueCertificateType>, res: MedusaResponse) => {
  const { result } = await renewCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, certificate_id: req.params.id },
  })
  res.status(201).json({
    certificate: await retrieveCertificate(req.scope, result.certificate.id),
    previous: await retrieveCertificate(req.scope, result.previous_id!),
  })
}
