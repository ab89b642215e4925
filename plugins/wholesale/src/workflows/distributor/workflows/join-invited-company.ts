import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimInvitationStep } from "../steps/claim-invitation"
import { verifiedGroupStep } from "../steps/verified-group"

export const joinInvitedCompanyWorkflowId = "wholesale-join-invited-company"

/**
 * A customer registered with an e-mail a distributor company invited: the invitation becomes their
 * membership, and in a verified company they join the verified group (wholesale prices).
 */
export const joinInvitedCompanyWorkflow = createWorkflow(joinInvitedCompanyWorkflowId, (input: { customer_id: string; email: string }) => {
  const claimed = claimInvitationStep(input)
  when({ claimed }, ({ claimed }) => Boolean(claimed?.verified)).then(() => {
    const groupId = verifiedGroupStep()
    linkCustomersToCustomerGroupStep(transform({ groupId, input }, ({ groupId, input }) => ({ id: groupId, add: [input.customer_id] })))
  })
  return new WorkflowResponse(claimed)
})
