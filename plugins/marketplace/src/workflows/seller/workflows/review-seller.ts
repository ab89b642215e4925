import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerStatusStep } from "../steps/assert-seller-status"
import { updateSellerStep } from "../steps/update-seller"

export const reviewSellerWorkflowId = "marketplace-review-seller"

export interface ReviewSellerInput {
  id: string
  decision: "approved" | "rejected"
  reason?: string | null
}

/** An operator approves a pending (or earlier rejected) seller, or rejects a pending one with a reason. */
export const reviewSellerWorkflow = createWorkflow(reviewSellerWorkflowId, (input: ReviewSellerInput) => {
  assertSellerStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      allowed: input.decision === "approved" ? ["pending", "rejected"] : ["pending"],
      action: `be ${input.decision}`,
    })),
  )
  const seller = updateSellerStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      data: {
        status: input.decision,
        rejection_reason: input.decision === "rejected" ? input.reason : null,
        reviewed_at: new Date(),
      },
    })),
  )
  return new WorkflowResponse(seller)
})
