import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/** Refuses (400) unless the company is in one of `allowed` statuses; returns it with its members. */
export const assertCompanyStatusStep = createStep(
  "wholesale-assert-company-status",
  async (input: { id: string; allowed: string[]; action: string }, { container }) => {
    const company = await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .retrieveDistributorCompany(input.id, { relations: ["members"] })
    if (!input.allowed.includes(company.status)) {
      throw invalid("status", "company_status", `a ${company.status} company cannot ${input.action}`)
    }
    return new StepResponse(company)
  },
)
