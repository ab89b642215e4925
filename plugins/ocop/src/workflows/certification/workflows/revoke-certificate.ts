import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import type { RevokeCertificateInput } from "../types"
import { prepareRevocationStep } from "../steps/prepare-revocation"
import { unpublishProductsStep } from "../steps/unpublish-products"
import { updateCertificatesStep } from "../steps/update-certificates"

export const revokeCertificateWorkflowId = "ocop-revoke-certificate"

/** Revokes a certificate (reason required); the product leaves the OCOP sales channel in the same workflow. */
export const revokeCertificateWorkflow = createWorkflow(
  revokeCertificateWorkflowId,
  (input: RevokeCertificateInput) => {
    const revocation = prepareRevocationStep(input)
    updateCertificatesStep(
      transform({ revocation }, ({ revocation }) => [
        {
          id: revocation.id,
          status: "revoked" as const,
          revoked_at: revocation.revoked_at,
          revocation_reason: revocation.reason,
        },
      ]),
    )
    const unpublished = unpublishProductsStep(
      transform({ revocation, input }, ({ revocation, input }) => ({
        product_ids: [revocation.product_id],
        now: input.now,
      })),
    )
    // Released when the workflow succeeds: the product leaves the OCOP search results within seconds.
    emitEventStep({
      eventName: CERTIFICATE_EVENTS.REVOKED,
      data: transform({ revocation }, ({ revocation }) => ({ id: revocation.id, product_id: revocation.product_id })),
    }).config({ name: "ocop-emit-certificate-revoked" })
    return new WorkflowResponse({
      certificate_id: transform({ revocation }, ({ revocation }) => revocation.id),
      unpublished,
    })
  },
)
