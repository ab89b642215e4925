import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteMemberStep } from "../steps/delete-member"
import { verifiedGroupStep } from "../steps/verified-group"

export const removeMemberWorkflowId = "wholesale-remove-member"

/**
 * Removes a member (or withdraws an invitation) from its company; the customer leaves the verified
 * distributors group (back to retail prices).
 */
export const removeMemberWorkflow = createWorkflow(
  removeMemberWorkflowId,
  (input: { member_id: string; customer_id: string | null }) => {
    deleteMemberStep(input.member_id)
    when({ input }, ({ input }) => Boolean(input.customer_id)).then(() => {
      const groupId = verifiedGroupStep()
      linkCustomersToCustomerGroupStep(
        transform({ groupId, input }, ({ groupId, input }) => ({ id: groupId, remove: [input.customer_id!] })),
      )
    })
    return new WorkflowResponse(input.member_id)
  },
)
