import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertRecordStatusStep,
  reviewDecision,
  updateRecordStep,
  type ReviewDecisionInput,
  type StatusRecord,
} from "@ocop/plugin-marketplace/workflows"
import { DISTRIBUTOR_MODULE } from "../../../modules/distributor"
import { verifiedGroupStep } from "../steps/verified-group"

export const reviewCompanyWorkflowId = "wholesale-review-company"

export type ReviewCompanyInput = ReviewDecisionInput<"verified">

/** A distributor company, as the application steps reach it (with its members, who join the group). */
const COMPANY_RECORD: StatusRecord = {
  module: DISTRIBUTOR_MODULE,
  model: "DistributorCompany",
  models: "DistributorCompanies",
  noun: "company",
  relations: ["members"],
}

/**
 * An operator verifies a pending (or earlier rejected) company — its members join the verified
 * distributors customer group, so they see wholesale prices — or rejects a pending one with a reason.
 */
export const reviewCompanyWorkflow = createWorkflow(reviewCompanyWorkflowId, (input: ReviewCompanyInput) => {
  const review = transform({ input }, ({ input }) => reviewDecision(COMPANY_RECORD, input, "verified"))
  const current = assertRecordStatusStep(transform({ review }, ({ review }) => review.check))
  const company = updateRecordStep(transform({ review }, ({ review }) => review.update))
  when({ input }, ({ input }) => input.decision === "verified").then(() => {
    const groupId = verifiedGroupStep()
    linkCustomersToCustomerGroupStep(
      transform({ groupId, current }, ({ groupId, current }) => ({
        id: groupId,
        // Invitations (no account yet) join when the person registers
        add: (current.members ?? []).flatMap((member: any) =>
          member.customer_id ? [member.customer_id as string] : [],
        ),
      })),
    )
  })
  return new WorkflowResponse(company)
})
