import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { notFound, ruleErrorsToMedusaError } from "../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { statusAt } from "../../../rules"
import type { RevokeCertificateInput } from "../types"

/** Checks a revocation (reads only): a reason, and a certificate that is valid now. */
export const prepareRevocationStep = createStep(
  "ocop-prepare-revocation",
  async (input: RevokeCertificateInput, { container }) => {
    const at = clock(input.now)
    const reason = typeof input.reason === "string" ? input.reason.trim() : ""
    if (reason.length < 3) {
      throw ruleErrorsToMedusaError([
        {
          field: "reason",
          rule: "required",
          message: "a revocation needs a reason (the violation or quality failure)",
        },
      ])
    }
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listOcopCertificates({ id: input.certificate_id }, { take: 1 })
    if (!certificate) throw notFound(`No OCOP certificate with id ${JSON.stringify(input.certificate_id)}`)
    const status = statusAt(certificate, at)
    if (status !== "valid") {
      throw ruleErrorsToMedusaError([
        {
          field: "certificate",
          rule: "revocable",
          params: { decision_number: certificate.decision_number },
          message: `certificate ${certificate.decision_number} is ${status}: only a valid certificate can be revoked`,
        },
      ])
    }
    return new StepResponse({
      id: certificate.id,
      product_id: certificate.product_id,
      reason,
      revoked_at: at.toISOString(),
    })
  },
)
