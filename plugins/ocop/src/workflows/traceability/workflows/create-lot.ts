import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { CreateLotInput } from "../types"
import { prepareLotStep } from "../steps/prepare-lot"
import { createLotStep } from "../steps/create-lot"

export const createLotWorkflowId = "ocop-create-lot"

/** Registers a lot of a variant (with the hash of its master data) and links it to the variant. */
export const createLotWorkflow = createWorkflow(createLotWorkflowId, (input: CreateLotInput) => {
  const data = prepareLotStep(input)
  const lot = createLotStep(data)
  createRemoteLinkStep(
    transform({ lot }, ({ lot }) => [
      { [Modules.PRODUCT]: { product_variant_id: lot.variant_id }, [TRACEABILITY_MODULE]: { trace_lot_id: lot.id } },
    ]),
  ).config({ name: "ocop-link-variant-lot" })
  return new WorkflowResponse(lot)
})
