import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { findExpiredCertificatesStep } from "../steps/find-expired-certificates"
import { unpublishProductsStep } from "../steps/unpublish-products"
import { updateCertificatesStep } from "../steps/update-certificates"

export const expireCertificatesWorkflowId = "ocop-expire-certificates"

/**
 * Every certificate still stored as valid whose expiry has passed becomes `expired`, and its
 * product leaves the OCOP sales channel (unless it holds another valid certificate).
 */
export const expireCertificatesWorkflow = createWorkflow(expireCertificatesWorkflowId, (input: { now?: string }) => {
  const expired = findExpiredCertificatesStep(input)
  updateCertificatesStep(
    transform({ expired }, ({ expired }) => expired.map((c) => ({ id: c.id, status: "expired" as const }))),
  )
  const unpublished = unpublishProductsStep(
    transform({ expired, input }, ({ expired, input }) => ({
      product_ids: [...new Set(expired.map((c) => c.product_id))],
      now: input.now,
    })),
  )
  // Released when the workflow succeeds (one event per certificate): expired products leave the OCOP search results.
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.EXPIRED,
    data: transform({ expired }, ({ expired }) => expired.map((c) => ({ id: c.id, product_id: c.product_id }))),
  }).config({ name: "ocop-emit-certificates-expired" })
  return new WorkflowResponse({
    expired: transform({ expired }, ({ expired }) => expired.map((c) => c.decision_number)),
    unpublished,
  })
})
