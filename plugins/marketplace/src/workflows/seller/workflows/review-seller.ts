import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewDecision } from "../../application/review-decision"
import { assertRecordStatusStep } from "../../application/steps/assert-record-status"
import { updateRecordStep } from "../../application/steps/update-record"
import type { ReviewDecisionInput } from "../../application/types"
import { SELLER_RECORD } from "../record"

export const reviewSellerWorkflowId = "marketplace-review-seller"

export type ReviewSellerInput = ReviewDecisionInput<"approved">

/** An operator approves a pending (or earlier rejected) seller, or rejects a pending one with a reason. */
export const reviewSellerWorkflow = createWorkflow(reviewSellerWorkflowId, (input: ReviewSellerInput) => {
  const review = transform({ input }, ({ input }) => reviewDecision(SELLER_RECORD, input, "approved"))
  assertRecordStatusStep(transform({ review }, ({ review }) => review.check))
  const seller = updateRecordStep(transform({ review }, ({ review }) => review.update))
  return new WorkflowResponse(seller)
})
