import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantRemovableStep } from "../steps/assert-variant-removable"

export const removeSellerVariantWorkflowId = "marketplace-remove-seller-variant"

/** Removes a variant of a seller's product (with its inventory item), unless orders still need it. */
export const removeSellerVariantWorkflow = createWorkflow(
  removeSellerVariantWorkflowId,
  (input: { seller_id: string; product_id: string; variant_id: string }) => {
    assertVariantRemovableStep(input)
    deleteProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })),
    })
    return new WorkflowResponse(input.variant_id)
  },
)
