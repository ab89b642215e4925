import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * The person a company invites (by e-mail): their customer account if they have one (it must not
 * act for a company yet), or none — then the membership waits as an invitation until they register
 * with that e-mail (an e-mail is invited by one company at a time). Returns the customer id (null
 * for an invitation) and whether the company is verified (then the member sees wholesale prices).
 */
export const findInviteeStep = createStep(
  "wholesale-find-invitee",
  async (input: { company_id: string; email: string }, { container }) => {
    const email = input.email.trim().toLowerCase()
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email, has_account: true }, { select: ["id", "email"], take: 1 })
    if (customer) {
      const [member] = await service.listDistributorMembers({ customer_id: customer.id }, { select: ["id"], take: 1 })
      if (member) throw invalid("email", "one_company", `${email} already acts for a distributor company`)
    } else {
      const [invited] = await service.listDistributorMembers({ email, customer_id: null }, { select: ["id"], take: 1 })
      if (invited) throw invalid("email", "one_company", `${email} is already invited by a distributor company`)
    }
    const company = await service.retrieveDistributorCompany(input.company_id, { select: ["id", "status"] })
    return new StepResponse({ customer_id: (customer?.id as string | undefined) ?? null, email, verified: company.status === "verified" })
  }
)
