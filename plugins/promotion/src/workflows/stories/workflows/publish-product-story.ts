import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertProductExistsStep } from "../steps/assert-product-exists"
import { upsertProductStoryStep, type ProductStoryInput } from "../steps/upsert-product-story"

/**
 * Publishes a product's story (new, or replacing the current one). The seller route checks that the
 * product is the seller's before running it.
 */
export const publishProductStoryWorkflow = createWorkflow("ocop-publish-product-story", (input: ProductStoryInput) => {
  assertProductExistsStep({ product_id: input.product_id })
  return new WorkflowResponse(upsertProductStoryStep(input))
})
