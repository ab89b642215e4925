import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { createCertificatesStep } from "../steps/create-certificates"
import { createEvaluationsStep } from "../steps/create-evaluations"
import { prepareCertificatesStep } from "../steps/prepare-certificates"
import { publishProductsStep } from "../steps/publish-products"
import { updateCertificatesStep } from "../steps/update-certificates"
import type { IssueCertificateInput } from "../types"

export const issueCertificatesWorkflowId = "ocop-issue-certificates"

export type IssueCertificatesInput = { certificates: IssueCertificateInput[]; now?: string }

/**
 * issueCertificateWorkflow for a batch (bulk import): every certificate checked by the same rules;
 * those refused come back in `refused` (index in the input, message) while the others are issued
 * together — one write per table, one link write, one publication, the `issued` events — so the
 * cost per certificate is a few reads, not a workflow run. Every writing step is compensated.
 */
export const issueCertificatesWorkflow = createWorkflow(
  issueCertificatesWorkflowId,
  (input: IssueCertificatesInput) => {
    const checked = prepareCertificatesStep(input)

    const stale = transform({ checked }, ({ checked }) =>
      checked.prepared.flatMap((p) => p.stale_ids.map((id) => ({ id, status: "expired" as const }))),
    )
    updateCertificatesStep(stale).config({ name: "ocop-expire-stale-certificates" })

    const evaluations = createEvaluationsStep(
      transform({ checked }, ({ checked }) =>
        checked.prepared.flatMap((p) => (p.evaluation.create ? [p.evaluation.create] : [])),
      ),
    )
    const certificates = createCertificatesStep(
      transform({ checked, evaluations }, ({ checked, evaluations }) => {
        let created = 0
        return checked.prepared.map((p) => ({
          ...p.certificate,
          evaluation_id: p.evaluation.id ?? evaluations[created++].id,
        }))
      }),
    )
    createRemoteLinkStep(
      transform({ certificates }, ({ certificates }) =>
        certificates.map((c) => ({
          [Modules.PRODUCT]: { product_id: c.product_id },
          [CERTIFICATION_MODULE]: { ocop_certificate_id: c.id },
        })),
      ),
    )
    publishProductsStep(
      transform({ certificates, input }, ({ certificates, input }) => ({
        product_ids: certificates.map((c) => c.product_id),
        now: input.now,
      })),
    )
    // Released when the workflow succeeds: the search index picks up the new certificates.
    emitEventStep({
      eventName: CERTIFICATE_EVENTS.ISSUED,
      data: transform({ certificates }, ({ certificates }) =>
        certificates.map((c) => ({ id: c.id, product_id: c.product_id })),
      ),
    }).config({ name: "ocop-emit-certificates-issued" })

    return new WorkflowResponse(
      transform({ certificates, checked }, ({ certificates, checked }) => ({ certificates, refused: checked.refused })),
    )
  },
)
