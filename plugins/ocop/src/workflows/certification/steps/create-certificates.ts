import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recountStoreCounts, storeCountSubjects } from "../../../lib/store-counts"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateCreateData } from "../types"

export const createCertificatesStepId = "ocop-create-certificates"

/**
 * Stores many certificates in one write, in the given order, and recounts the store's counts of
 * their producers. Compensation deletes them (and recounts).
 */
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
    await recountStoreCounts(container, { certificate_ids: certificates.map((c) => c.id) })
    return new StepResponse(
      certificates.map((c) => ({ id: c.id, product_id: c.product_id })),
      certificates.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const subjects = await storeCountSubjects(container, { certificate_ids: ids })
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopCertificates(ids)
    await recountStoreCounts(container, { subject_ids: subjects })
  },
)
