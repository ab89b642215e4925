import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export const findExpiredCertificatesStepId = "ocop-find-expired-certificates"

/** Certificates still stored as valid whose expiry has passed at `now` (reads only). */
export const findExpiredCertificatesStep = createStep(
  findExpiredCertificatesStepId,
  async (input: { now?: string }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const certificates = await certification.listOcopCertificates(
      { status: "valid", expires_at: { $lte: clock(input.now) } },
      { select: ["id", "product_id", "decision_number"], take: null },
    )
    return new StepResponse(
      certificates.map((c) => ({ id: c.id, product_id: c.product_id, decision_number: c.decision_number })),
    )
  },
)
