import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimInvitationStep } from "../steps/claim-invitation"
import { verifiedGroupStep } from "../steps/verified-group"

export const acceptInvitationWorkflowId = "wholesale-accept-invitation"

/**
 * A signed-in customer accepts a company's invitation to their e-mail: they become the member,
 * and in a verified company they join the verified group (wholesale prices).
 */
export const acceptInvitationWorkflow = createWorkflow(
  acceptInvitationWorkflowId,
  (input: { member_id: string; customer_id: string; email: string }) => {
    const claimed = claimInvitationStep(input)
    when({ claimed }, ({ claimed }) => Boolean(claimed.verified)).then(() => {
      const groupId = verifiedGroupStep()
      linkCustomersToCustomerGroupStep(
        transform({ groupId, input }, ({ groupId, input }) => ({ id: groupId, add: [input.customer_id] })),
      )
    })
    return new WorkflowResponse(claimed)
  },
)
