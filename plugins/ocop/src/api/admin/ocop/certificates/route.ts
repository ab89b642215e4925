import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCertificates, retrieveCertificate, type CertificateListParams } from "../../../../lib/certificate-listing"
import { issueCertificateWorkflow } from "../../../../workflows/certification/workflows/issue-certificate"
import type { AdminIssueCertificateType } from "../validators"

/**
 * GET /admin/ocop/certificates?status=&stars=&province=&product_group=&expiring_within_days=&q=&limit=&offset=&order=
 * → { certificates (each with product {id,title,handle} and subject {id,legal_name,type}), count, limit, offset }
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // Ordered by `order` (validated against the query config's fields), then id: certificateOrder
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  const { certificates, count } = await listCertificates(req.scope, req.validatedQuery as CertificateListParams, {
    skip,
    take,
  })
  res.json({ certificates, count, limit: take, offset: skip })
}

/** POST /admin/ocop/certificates → { certificate } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueCertificateType>, res: MedusaResponse) => {
  const { result } = await issueCertificateWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certificate: await retrieveCertificate(req.scope, result.id) })
}
