import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMemberStep } from "../steps/create-member"
import { findInviteeStep } from "../steps/find-invitee"
import type { AddMemberInput } from "../types"

export const addMemberWorkflowId = "wholesale-add-member"

/**
 * A company invites a person (by e-mail) as buyer, approver or accountant. The membership is an
 * invitation (no customer) until the person accepts it while signed in with that e-mail
 * (acceptInvitationWorkflow), whether or not they have an account yet.
 */
export const addMemberWorkflow = createWorkflow(addMemberWorkflowId, (input: AddMemberInput) => {
  const invitee = findInviteeStep(input)
  const member = createMemberStep(
    transform({ input, invitee }, ({ input, invitee }) => ({
      company_id: input.company_id,
      customer_id: null,
      email: invitee.email,
      role: input.role,
      spending_limit: input.role === "buyer" ? (input.spending_limit ?? null) : null,
    })),
  )
  return new WorkflowResponse(member)
})
