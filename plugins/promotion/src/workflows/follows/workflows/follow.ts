import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FollowTarget } from "../../../modules/follow"
import { resolveFollowTargetStep } from "../steps/resolve-follow-target"
import { createFollowStep, deleteFollowStep } from "../steps/write-follow"

/** A customer follows a producer, a province or an event. */
export const followWorkflow = createWorkflow(
  "ocop-follow",
  (input: { customer_id: string; target_type: FollowTarget; target_id: string }) => {
    const target = resolveFollowTargetStep(input)
    return new WorkflowResponse(
      createFollowStep(
        transform({ input, target }, ({ input, target }) => ({ customer_id: input.customer_id, ...target })),
      ),
    )
  },
)

/** A customer stops following (the route checks the follow is the customer's own). */
export const unfollowWorkflow = createWorkflow("ocop-unfollow", (input: { id: string }) => {
  deleteFollowStep(input)
  return new WorkflowResponse(input)
})
