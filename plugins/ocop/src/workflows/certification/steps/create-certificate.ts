import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateCreateData } from "../types"

export const createCertificateStepId = "ocop-create-certificate"

/** Stores a certificate. Compensation deletes it. */
export const createCertificateStep = createStep(
  createCertificateStepId,
  async (input: CertificateCreateData, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const certificate = await certification.createOcopCertificates({
      ...input,
      decision_date: new Date(input.decision_date),
      expires_at: new Date(input.expires_at),
    } as any)
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.deleteOcopCertificates(id)
  },
)
