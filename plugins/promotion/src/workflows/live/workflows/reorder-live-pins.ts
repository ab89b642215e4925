import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { liveSessionStep } from "../steps/live-session"
import { reorderLivePinsStep, type ReorderLivePinsInput } from "../steps/reorder-live-pins"

/** Reorders a live session's pinned products (the cooperative its own, the office any). */
export const reorderLivePinsWorkflow = createWorkflow("ocop-reorder-live-pins", (input: ReorderLivePinsInput) => {
  liveSessionStep(transform({ input }, ({ input }) => ({ event_id: input.event_id, seller_id: input.seller_id })))
  reorderLivePinsStep(input)
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ event_id: input.event_id })))
})
