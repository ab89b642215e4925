import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { recordCertificateWorkflow } from "./record-certificate"
import { prepareCertificateStep } from "../steps/prepare-certificate"
import { updateCertificatesStep } from "../steps/update-certificates"
import type { IssueCertificateInput } from "../types"

export const issueCertificateWorkflowId = "ocop-issue-certificate"

/**
 * Issues an OCOP certificate from an evaluation (stored, or given and stored here): stars computed
 * by the rules; refused (nothing written) without a certified level, with an authority not
 * competent for those stars on that date, a malformed or taken decision number, or a decision that
 * has already expired. Links the certificate to the product and publishes the product to the OCOP
 * sales channel. Every writing step is compensated.
 */
export const issueCertificateWorkflow = createWorkflow(issueCertificateWorkflowId, (input: IssueCertificateInput) => {
  const prepared = prepareCertificateStep(transform({ input }, ({ input }) => ({ ...input, mode: "issue" as const })))

  const stale = transform({ prepared }, ({ prepared }) =>
    prepared.stale_ids.map((id) => ({ id, status: "expired" as const })),
  )
  updateCertificatesStep(stale).config({ name: "ocop-expire-stale-certificates" })

  const certificate = recordCertificateWorkflow.runAsStep({
    input: transform({ prepared, input }, ({ prepared, input }) => ({ prepared, now: input.now })),
  })
  // Released when the workflow succeeds: the search index picks up the new certificate.
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.ISSUED,
    data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id, product_id: certificate.product_id })),
  }).config({ name: "ocop-emit-certificate-issued" })
  return new WorkflowResponse(certificate)
})
