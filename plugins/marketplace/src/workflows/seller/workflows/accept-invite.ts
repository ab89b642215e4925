import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACTOR } from "../../../constants"
import { createMemberStep } from "../steps/create-member"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { prepareInviteAcceptanceStep } from "../steps/prepare-invite-acceptance"
import type { AcceptInviteInput } from "../types"

export const acceptInviteWorkflowId = "marketplace-accept-invite"

/** A registered auth identity accepts an invitation: it becomes a member with the invited role. */
export const acceptInviteWorkflow = createWorkflow(acceptInviteWorkflowId, (input: AcceptInviteInput) => {
  const invite = prepareInviteAcceptanceStep(input)
  const member = createMemberStep(
    transform({ invite }, ({ invite }) => ({
      seller_id: invite.seller_id as string,
      email: invite.email,
      role: invite.role,
    })),
  )
  markInviteAcceptedStep(transform({ invite }, ({ invite }) => invite.id))
  setAuthAppMetadataStep(
    transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: SELLER_ACTOR,
      value: member.id,
    })),
  )
  return new WorkflowResponse(member)
})
