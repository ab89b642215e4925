import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"
import { UNVERIFIED_COMPANY_RULE, unverifiedMayGrant } from "../../../lib/company-powers"
import type { AddMemberInput } from "../types"

/**
 * Checks an invitation before it is written (reads only): the e-mail is not already a member or
 * invited by this company, and an unverified company grants no power over others (no approver, no
 * spending limit). Whether the person has an account does not matter: nobody is bound until they
 * accept while signed in, and an invitation blocks nothing (they may be invited by several
 * companies and still register their own). Returns the normalised e-mail.
 */
export const findInviteeStep = createStep("wholesale-find-invitee", async (input: AddMemberInput, { container }) => {
  const email = input.email.trim().toLowerCase()
  const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
  const company = await service.retrieveDistributorCompany(input.company_id, { select: ["id", "status"] })
  if (company.status !== "verified" && !unverifiedMayGrant(input)) {
    throw invalid(
      "role",
      UNVERIFIED_COMPANY_RULE,
      "a company that is not verified yet may invite buyers without a spending limit and accountants only",
    )
  }
  const [existing] = await service.listDistributorMembers(
    { company_id: company.id, email },
    { select: ["id", "customer_id"], take: 1 },
  )
  if (existing) {
    throw invalid(
      "email",
      "already_member",
      `${email} is already ${existing.customer_id ? "a member of" : "invited by"} this company`,
    )
  }
  return new StepResponse({ email })
})
