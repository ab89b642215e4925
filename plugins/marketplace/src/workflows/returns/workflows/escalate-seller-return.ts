import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transitionSellerReturnStep } from "../steps/transition-seller-return"

export const escalateSellerReturnWorkflowId = "marketplace-escalate-seller-return"

/** The buyer asks the admin to decide on the seller's refusal; the admins are told (`seller_return.escalated`). */
export const escalateSellerReturnWorkflow = createWorkflow(
  escalateSellerReturnWorkflowId,
  (input: { id: string; note?: string | null }) => {
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
    return new WorkflowResponse(updated)
  },
)
