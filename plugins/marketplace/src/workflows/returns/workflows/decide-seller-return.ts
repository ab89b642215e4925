import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ReturnStatus } from "../../../modules/seller/models"
import { transitionSellerReturnStep } from "../steps/transition-seller-return"
import type { DecideSellerReturnInput } from "../types"

export const decideSellerReturnWorkflowId = "marketplace-decide-seller-return"

/**
 * The seller answers a new request, or the admin an escalated one: accepting (with instructions for
 * sending the goods back) opens the way to receipt; the seller's refusal (with its reason) can be
 * escalated by the buyer; the admin's refusal is final (`closed`). The buyer and the seller are told
 * (`seller_return.decided`).
 */
export const decideSellerReturnWorkflow = createWorkflow(
  decideSellerReturnWorkflowId,
  (input: DecideSellerReturnInput) => {
    // One decision or receipt at a time per request: a double submit cannot refund twice.
    acquireLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`), timeout: 30, ttl: 120 })
    const updated = transitionSellerReturnStep(
      transform({ input }, ({ input }) => {
        const accept = input.decision === "accept"
        const from: ReturnStatus[] = input.by === "seller" ? ["requested"] : ["escalated"]
        const status: ReturnStatus = accept ? "accepted" : input.by === "seller" ? "refused" : "closed"
        return {
          id: input.id,
          from,
          action: accept ? "accepted" : "refused",
          data: {
            status,
            decided_by: input.by,
            decided_at: new Date(),
            ...(accept ? { instructions: input.instructions ?? null } : {}),
            ...(input.by === "seller" && !accept ? { refusal_reason: input.reason ?? null } : {}),
            ...(input.by === "admin" ? { admin_note: input.reason ?? null } : {}),
          },
        }
      }),
    )
    emitEventStep({
      eventName: "seller_return.decided",
      data: transform({ input, updated }, ({ input, updated }) => ({
        id: updated.id,
        customer_id: updated.customer_id ?? null,
        seller_id: updated.seller_id,
        number: updated.number,
        decision: input.decision === "accept" ? "accepted" : "refused",
      })),
    })
    releaseLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`) })
    return new WorkflowResponse(updated)
  },
)
