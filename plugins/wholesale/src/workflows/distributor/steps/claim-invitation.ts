import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * The signed-in customer takes up an invitation sent to their e-mail: the member is now that
 * customer, from now. Someone else's invitation looks missing (404); a customer who already acts
 * for a company must leave it first (400).
 */
export const claimInvitationStep = createStep(
  "wholesale-claim-invitation",
  async (input: { member_id: string; customer_id: string; email: string }, { container }) => {
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const [invitation] = await service.listDistributorMembers(
      { id: input.member_id, email: input.email.trim().toLowerCase(), customer_id: null },
      { relations: ["company"], take: 1 },
    )
    if (!invitation) throw notFound(`invitation ${input.member_id} not found`)
    const [member] = await service.listDistributorMembers(
      { customer_id: input.customer_id },
      { select: ["id"], take: 1 },
    )
    if (member)
      throw invalid(
        "customer",
        "one_company",
        "this account already acts for a distributor company: leave it before joining another",
      )
    await service.updateDistributorMembers({ id: invitation.id, customer_id: input.customer_id, joined_at: new Date() })
    return new StepResponse(
      { member_id: invitation.id, verified: (invitation as any).company.status === "verified" },
      invitation.id,
    )
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .updateDistributorMembers({ id: memberId, customer_id: null, joined_at: null })
  },
)
