import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertCompanyStatusStep } from "../steps/assert-company-status"
import { updateCompanyStep } from "../steps/update-company"
import { verifiedGroupStep } from "../steps/verified-group"

export const reviewCompanyWorkflowId = "wholesale-review-company"

export interface ReviewCompanyInput {
  id: string
  decision: "verified" | "rejected"
  reason?: string | null
}

/**
 * An operator verifies a pending (or earlier rejected) company — its members join the verified
 * distributors customer group, so they see wholesale prices — or rejects a pending one with a reason.
 */
export const reviewCompanyWorkflow = createWorkflow(reviewCompanyWorkflowId, (input: ReviewCompanyInput) => {
  const current = assertCompanyStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      allowed: input.decision === "verified" ? ["pending", "rejected"] : ["pending"],
      action: `be ${input.decision}`,
    })),
  )
  const company = updateCompanyStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      data: {
        status: input.decision,
        rejection_reason: input.decision === "rejected" ? input.reason : null,
        reviewed_at: new Date(),
      },
    })),
  )
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
