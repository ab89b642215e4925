import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid, notFound } from "../../../../../../lib/errors"
import { presentPublicCertificate } from "../../../../../../lib/present"
import { CERTIFICATION_MODULE } from "../../../../../../modules/certification"
import type CertificationModuleService from "../../../../../../modules/certification/service"
import { statusAt } from "../../../../../../rules"

/**
 * GET /store/ocop/products/:handle/certificate — the certificate that speaks for a product now (the
 * one valid now, else the latest decision) with its standing, and the product it certifies →
 * { product: { id, title, title_en, handle, thumbnail }, certificate } (see presentPublicCertificate).
 * It answers also for a product that left the OCOP channel because its certificate was revoked or
 * expired, so a page or a shared link can say so instead of "not found". 404 for a product that
 * never held an OCOP certificate.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const handle = req.params.handle
  if (!handle || handle.length > 200 || /[\u0000-\u001f\u007f]/.test(handle)) {
    throw invalid("handle", "format", "a product handle is 1–200 printable characters")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "metadata"],
    filters: { handle },
  })
  const product = products[0] as
    | {
        id: string
        title: string
        handle: string
        thumbnail?: string | null
        metadata?: Record<string, unknown> | null
      }
    | undefined
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const certificates = product
    ? await certification.listOcopCertificates(
        { product_id: product.id },
        { relations: ["subject"], order: { decision_date: "DESC", id: "ASC" }, take: null },
      )
    : []
  if (!product || !certificates.length)
    throw notFound(`No OCOP certificate is recorded for a product "${handle}" on this marketplace`)
  const at = new Date()
  const shown = certificates.find((certificate) => statusAt(certificate, at) === "valid") ?? certificates[0]
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.json({
    product: {
      id: product.id,
      title: product.title,
      title_en: typeof product.metadata?.title_en === "string" ? product.metadata.title_en : null,
      handle: product.handle,
      thumbnail: product.thumbnail ?? null,
    },
    certificate: presentPublicCertificate(shown, product, at),
  })
}
