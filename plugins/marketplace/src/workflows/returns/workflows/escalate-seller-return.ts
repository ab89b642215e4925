import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transitionSellerReturnStep } from "../steps/transition-seller-return"

export const escalateSellerReturnWorkflowId = "marketplace-escalate-seller-return"

/** The buyer asks the admin to decide on the seller's refusal; the admins are told (`seller_return.escalated`). */
export const escalateSellerReturnWorkflow = createWorkflow(
  escalateSellerReturnWorkflowId,
  (input: { id: string; note?: string | null }) => {
    // One decision or receipt at a time per request: a double submit cannot refund twice.
    acquireLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`), timeout: 30, ttl: 120 })
    const updated = transitionSellerReturnStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        from: ["refused" as const],
        action: "escalated",
        data: { status: "escalated", escalation_note: input.note ?? null, escalated_at: new Date() },
      })),
    )
    emitEventStep({
      eventName: "seller_return.escalated",
      data: transform({ updated }, ({ updated }) => ({
        id: updated.id,
        seller_id: updated.seller_id,
        number: updated.number,
      })),
    })
    releaseLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`) })
    return new WorkflowResponse(updated)
  },
)
