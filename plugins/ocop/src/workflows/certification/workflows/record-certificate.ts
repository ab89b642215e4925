import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { createCertificateStep } from "../steps/create-certificate"
import { createEvaluationStep } from "../steps/create-evaluation"
import type { PreparedCertificate } from "../steps/prepare-certificate"
import { publishProductsStep } from "../steps/publish-products"

export const recordCertificateWorkflowId = "ocop-record-certificate"

/**
 * What issuing and renewing share, once the decision is checked: stores the evaluation (unless it
 * is stored already) and the certificate, links it to the product and publishes the product to
 * the OCOP sales channel. Run as a step of those workflows, which compensate it as a whole.
 */
export const recordCertificateWorkflow = createWorkflow(
  recordCertificateWorkflowId,
  (input: { prepared: PreparedCertificate; now?: string }) => {
    const evaluation = createEvaluationStep(transform({ input }, ({ input }) => input.prepared.evaluation))
    const certificate = createCertificateStep(
      transform({ input, evaluation }, ({ input, evaluation }) => ({
        ...input.prepared.certificate,
        evaluation_id: evaluation.id,
      })),
    )
    createRemoteLinkStep(
      transform({ certificate }, ({ certificate }) => [
        {
          [Modules.PRODUCT]: { product_id: certificate.product_id },
          [CERTIFICATION_MODULE]: { ocop_certificate_id: certificate.id },
        },
      ]),
    )
    publishProductsStep(
      transform({ certificate, input }, ({ certificate, input }) => ({
        product_ids: [certificate.product_id],
        now: input.now,
      })),
    )
    return new WorkflowResponse(certificate)
  },
)
