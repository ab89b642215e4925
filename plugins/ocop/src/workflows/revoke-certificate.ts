import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { clock } from "../lib/clock"
import { notFound, ruleErrorsToMedusaError } from "../lib/errors"
import { CERTIFICATE_EVENTS } from "../constants"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { statusAt } from "../rules"
import { unpublishProductsStep } from "./steps/unpublish-products"
import { updateCertificatesStep } from "./steps/update-certificates"

export const revokeCertificateWorkflowId = "ocop-revoke-certificate"

export interface RevokeCertificateInput {
  certificate_id: string
  reason: string
  now?: string
}

/** Checks a revocation (reads only): a reason, and a certificate that is valid now. */
export const prepareRevocationStep = createStep(
  "ocop-prepare-revocation",
  async (input: RevokeCertificateInput, { container }) => {
    const at = clock(input.now)
    const reason = typeof input.reason === "string" ? input.reason.trim() : ""
    if (reason.length < 3) {
      throw ruleErrorsToMedusaError([{ field: "reason", rule: "required", message: "a revocation needs a reason (the violation or quality failure)" }])
    }
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [certificate] = await certification.listOcopCertificates({ id: input.certificate_id }, { take: 1 })
    if (!certificate) throw notFound(`No OCOP certificate with id ${JSON.stringify(input.certificate_id)}`)
    const status = statusAt(certificate, at)
    if (status !== "valid") {
      throw ruleErrorsToMedusaError([
        { field: "certificate", rule: "revocable", message: `certificate ${certificate.decision_number} is ${status}: only a valid certificate can be revoked` },
      ])
    }
    return new StepResponse({ id: certificate.id, product_id: certificate.product_id, reason, revoked_at: at.toISOString() })
  }
)

/** Revokes a certificate (reason required); the product leaves the OCOP sales channel in the same workflow. */
export const revokeCertificateWorkflow = createWorkflow(revokeCertificateWorkflowId, (input: RevokeCertificateInput) => {
  const revocation = prepareRevocationStep(input)
  updateCertificatesStep(
    transform({ revocation }, ({ revocation }) => [
      { id: revocation.id, status: "revoked" as const, revoked_at: revocation.revoked_at, revocation_reason: revocation.reason },
    ])
  )
  const unpublished = unpublishProductsStep(
    transform({ revocation, input }, ({ revocation, input }) => ({ product_ids: [revocation.product_id], now: input.now }))
  )
  // Released when the workflow succeeds: the product leaves the OCOP search results within seconds.
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.REVOKED,
    data: transform({ revocation }, ({ revocation }) => ({ id: revocation.id, product_id: revocation.product_id })),
  }).config({ name: "ocop-emit-certificate-revoked" })
  return new WorkflowResponse({ certificate_id: transform({ revocation }, ({ revocation }) => revocation.id), unpublished })
})
