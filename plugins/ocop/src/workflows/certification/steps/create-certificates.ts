import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateCreateData } from "../types"

export const createCertificatesStepId = "ocop-create-certificates"

/** Stores many certificates in one write, in the given order. Compensation deletes them. */
export const createCertificatesStep = createStep(
  createCertificatesStepId,
  async (input: CertificateCreateData[], { container }) => {
    if (!input.length) return new StepResponse([] as { id: string; product_id: string }[], [] as string[])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const rows: any[] = input.map((c) => ({
      ...c,
      decision_date: new Date(c.decision_date),
      expires_at: new Date(c.expires_at),
    }))
    const certificates = await certification.createOcopCertificates(rows)
    return new StepResponse(
      certificates.map((c) => ({ id: c.id, product_id: c.product_id })),
      certificates.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopCertificates(ids)
  },
)
