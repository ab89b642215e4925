import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../../lib/certificate-listing"
import { revokeCertificateWorkflow } from "../../../../../../workflows/certification/workflows/revoke-certificate"

/** POST /admin/ocop/certificates/:id/revoke { reason } → { certificate }; the product leaves the OCOP channel. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  await revokeCertificateWorkflow(req.scope).run({
    input: { certificate_id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ certificate: await retrieveCertificate(req.scope, req.params.id) })
}
