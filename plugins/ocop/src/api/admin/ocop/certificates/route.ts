import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCertificates, retrieveCertificate, type CertificateListParams } from "../../../../lib/certificate-listing"
import { issueCertificateWorkflow } from "../../../../workflows/certification/workflows/issue-certificate"
import type { AdminIssueCertificateType } from "../validators"

/**
 * GET /admin/ocop/certificates?status=&stars=&province=&product_group=&expiring_within_days=&q=&limit=&offset=&order=
 * → { certificates (each with product {id,title,handle} and subject {id,legal_name,type}), count, limit, offset }
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...params } = req.validatedQuery as CertificateListParams & { limit: number; offset: number }
  const { certificates, count } = await listCertificates(req.scope, params, { skip: offset, take: limit })
  res.json({ certificates, count, limit, offset })
}

/** POST /admin/ocop/certificates → { certificate } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueCertificateType>, res: MedusaResponse) => {
  const { result } = await issueCertificateWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certificate: await retrieveCertificate(req.scope, result.id) })
}
