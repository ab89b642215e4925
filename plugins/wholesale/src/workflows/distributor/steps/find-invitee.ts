import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/lib/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * The customer account a company invites (by e-mail): it must exist and not act for a company yet.
 * Returns the customer id and whether the company is verified (then the member sees wholesale prices).
 */
export const findInviteeStep = createStep(
  "wholesale-find-invitee",
  async (input: { company_id: string; email: string }, { container }) => {
    const email = input.email.trim().toLowerCase()
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email, has_account: true }, { select: ["id", "email"], take: 1 })
    if (!customer) {
      throw invalid("email", "account", `no customer account with e-mail ${email}: the person registers on the storefront first`)
    }
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const [member] = await service.listDistributorMembers({ customer_id: customer.id }, { select: ["id"], take: 1 })
    if (member) throw invalid("email", "one_company", `${email} already acts for a distributor company`)
    const company = await service.retrieveDistributorCompany(input.company_id, { select: ["id", "status"] })
    return new StepResponse({ customer_id: customer.id, email, verified: company.status === "verified" })
  }
)
