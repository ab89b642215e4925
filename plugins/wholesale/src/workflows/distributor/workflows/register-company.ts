import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCompanyStep } from "../steps/create-company"
import { createMemberStep } from "../steps/create-member"
import { prepareCompanyStep } from "../steps/prepare-company"
import type { RegisterCompanyInput } from "../types"

export const registerCompanyWorkflowId = "wholesale-register-company"
/** A distributor company waits for the operators' approval: { id, name }. */
export const DISTRIBUTOR_COMPANY_REGISTERED = "distributor_company.registered"

/**
 * A customer registers a distributor company (status pending) and becomes its first member, an
 * approver (who manages the members and approves orders above a buyer's limit).
 */
export const registerCompanyWorkflow = createWorkflow(registerCompanyWorkflowId, (input: RegisterCompanyInput) => {
  const prepared = prepareCompanyStep(input)
  const company = createCompanyStep(prepared)
  const member = createMemberStep(
    transform({ company, input }, ({ company, input }) => ({
      company_id: company.id,
      customer_id: input.customer_id,
      email: input.email.trim().toLowerCase(),
      role: "approver" as const,
      spending_limit: null,
      joined_at: new Date(),
    })),
  )
  emitEventStep({
    eventName: DISTRIBUTOR_COMPANY_REGISTERED,
    data: transform({ company }, ({ company }) => ({ id: company.id, name: company.name })),
  })
  return new WorkflowResponse({ company, member })
})
