import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * The invitation of `email`, taken up by the customer who registered with it: the member is now
 * that customer. Nothing when there is no invitation or the customer already acts for a company.
 */
export const claimInvitationStep = createStep(
  "wholesale-claim-invitation",
  async (input: { customer_id: string; email: string }, { container }) => {
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const [invitation] = await service.listDistributorMembers(
      { email: input.email.trim().toLowerCase(), customer_id: null },
      { relations: ["company"], take: 1 }
    )
    if (!invitation) return new StepResponse(null)
    const [member] = await service.listDistributorMembers({ customer_id: input.customer_id }, { select: ["id"], take: 1 })
    if (member) return new StepResponse(null)
    await service.updateDistributorMembers({ id: invitation.id, customer_id: input.customer_id })
    return new StepResponse({ member_id: invitation.id, verified: (invitation as any).company.status === "verified" }, invitation.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).updateDistributorMembers({ id: memberId, customer_id: null })
  }
)
