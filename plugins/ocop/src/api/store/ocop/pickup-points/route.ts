import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { isValidAt } from "../../../../rules"

/**
 * GET /store/ocop/pickup-points?product_id=prod_1,prod_2 → { pickup_points: [{ producer, address,
 * province, product_ids }] }: where a buyer who chooses "pick up at the cooperative" collects each
 * product, the address of the producer its valid OCOP certificate names (the address the decision
 * recognises, public). One point per producer; a product without a valid certificate has none.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const productIds = (req.validatedQuery as { product_id: string[] }).product_id
  const now = new Date()
  const certificates = await req.scope
    .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    .listOcopCertificates(
      { product_id: productIds, status: "valid" },
      { relations: ["subject"], select: ["id", "product_id", "status", "expires_at", "subject.*"], take: null },
    )
  type PickupPoint = { producer: string; address: string; province: string; product_ids: string[] }
  const points = new Map<string, PickupPoint>()
  for (const certificate of certificates as any[]) {
    const subject = certificate.subject
    if (!subject || !isValidAt(certificate, now)) continue
    const point: PickupPoint = points.get(subject.id) ?? {
      producer: subject.legal_name,
      address: subject.address,
      province: subject.province,
      product_ids: [],
    }
    if (!point.product_ids.includes(certificate.product_id)) point.product_ids.push(certificate.product_id)
    points.set(subject.id, point)
  }
  res.json({ pickup_points: [...points.values()] })
}
