import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { presentCertificate, presentSubject } from "../../../../../lib/present"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"

/**
 * GET /admin/products/:id/ocop → { current: certificate | null, history: certificate[] (newest
 * first, the current one included), subject: subject | null }
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "ocop_certificates.*"],
    filters: { id: req.params.id },
  })
  const product = products[0] as Record<string, any> | undefined
  if (!product) throw notFound(`No product with id ${JSON.stringify(req.params.id)}`)
  const at = new Date()
  const summary = { id: product.id, title: product.title, handle: product.handle }
  const history = ((product.ocop_certificates ?? []) as Record<string, any>[])
    .filter(Boolean)
    .sort(
      (a, b) =>
        new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime() ||
        (b.created_at > a.created_at ? 1 : -1),
    )
    .map((certificate) => presentCertificate({ ...certificate, product: summary }, at))
  const current = history.find((certificate) => certificate.status === "valid") ?? null

  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  let subjectId: string | null = history[0]?.subject_id ?? null
  if (!subjectId) {
    const [evaluation] = await certification.listOcopEvaluations(
      { product_id: product.id },
      { select: ["id", "subject_id"], order: { evaluated_at: "DESC" }, take: 1 },
    )
    subjectId = (evaluation as Record<string, any> | undefined)?.subject_id ?? null
  }
  const [subject] = subjectId ? await certification.listOcopSubjects({ id: subjectId }, { take: 1 }) : []
  res.json({ current, history, subject: presentSubject(subject ?? null) })
}
