import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { recordCertificateWorkflow } from "./record-certificate"
import { prepareCertificateStep } from "../steps/prepare-certificate"
import { updateCertificatesStep } from "../steps/update-certificates"
import type { RenewCertificateInput } from "../types"

export const renewCertificateWorkflowId = "ocop-renew-certificate"

/**
 * Renews a valid or expired certificate from a re-evaluation: the stars may go up or down. The old
 * certificate becomes `superseded` and keeps its decision date and period; the new one records
 * `replaces_id`. The product is (re)published to the OCOP sales channel.
 */
export const renewCertificateWorkflow = createWorkflow(renewCertificateWorkflowId, (input: RenewCertificateInput) => {
  const prepared = prepareCertificateStep(transform({ input }, ({ input }) => ({ ...input, mode: "renew" as const })))

  // The old certificate leaves `valid` before the new one enters it (one valid certificate per product).
  const superseded = transform({ prepared }, ({ prepared }) => [
    ...prepared.stale_ids.map((id) => ({ id, status: "expired" as const })),
    { id: prepared.previous_id!, status: "superseded" as const },
  ])
  updateCertificatesStep(superseded).config({ name: "ocop-supersede-certificate" })

  const certificate = recordCertificateWorkflow.runAsStep({
    input: transform({ prepared, input }, ({ prepared, input }) => ({ prepared, now: input.now })),
  })
  // Released when the workflow succeeds: the search index picks up the new stars and validity.
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.RENEWED,
    data: transform({ certificate, prepared }, ({ certificate, prepared }) => ({
      id: certificate.id,
      product_id: certificate.product_id,
      previous_id: prepared.previous_id,
    })),
  }).config({ name: "ocop-emit-certificate-renewed" })
  return new WorkflowResponse({
    certificate,
    previous_id: transform({ prepared }, ({ prepared }) => prepared.previous_id),
  })
})
