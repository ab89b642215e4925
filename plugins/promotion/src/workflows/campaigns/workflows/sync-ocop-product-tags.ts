import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncOcopProductTagsStep, type SyncOcopProductTagsInput } from "../steps/sync-ocop-product-tags"

/** Keeps the OCOP tags of products true to their certificates (see lib/ocop-tags.ts). */
export const syncOcopProductTagsWorkflow = createWorkflow(
  "ocop-sync-product-tags",
  (input: SyncOcopProductTagsInput) => {
    return new WorkflowResponse(syncOcopProductTagsStep(input))
  },
)
