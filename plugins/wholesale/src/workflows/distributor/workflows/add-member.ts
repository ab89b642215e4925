import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMemberStep } from "../steps/create-member"
import { findInviteeStep } from "../steps/find-invitee"
import { verifiedGroupStep } from "../steps/verified-group"
import type { AddMemberInput } from "../types"

export const addMemberWorkflowId = "wholesale-add-member"

/**
 * A company adds a person (by e-mail) as buyer, approver or accountant; in a verified company a
 * customer joins the verified group. Without an account yet, the member is an invitation that the
 * person takes up by registering (joinInvitedCompanyWorkflow).
 */
export const addMemberWorkflow = createWorkflow(addMemberWorkflowId, (input: AddMemberInput) => {
  const invitee = findInviteeStep(input)
  const member = createMemberStep(
    transform({ input, invitee }, ({ input, invitee }) => ({
      company_id: input.company_id,
      customer_id: invitee.customer_id,
      email: invitee.email,
      role: input.role,
      spending_limit: input.role === "buyer" ? (input.spending_limit ?? null) : null,
    }))
  )
  when({ invitee }, ({ invitee }) => invitee.verified && Boolean(invitee.customer_id)).then(() => {
    const groupId = verifiedGroupStep()
    linkCustomersToCustomerGroupStep(transform({ groupId, invitee }, ({ groupId, invitee }) => ({ id: groupId, add: [invitee.customer_id!] })))
  })
  return new WorkflowResponse(member)
})
