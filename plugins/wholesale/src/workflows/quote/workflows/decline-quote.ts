import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "@ocop/plugin-ocop/clock"
import { checkQuoteTransitionStep } from "../steps/check-quote-transition"
import { updateQuoteStep } from "../steps/update-quote"

export const declineQuoteWorkflowId = "wholesale-decline-quote"

/** The distributor declines a quote (asked or answered): it is closed, nothing is bought. */
export const declineQuoteWorkflow = createWorkflow(declineQuoteWorkflowId, (input: { id: string; now?: string }) => {
  checkQuoteTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action: "decline" as const, now: input.now })),
  )
  const declined = updateQuoteStep(
    transform({ input }, ({ input }) => ({ id: input.id, data: { status: "declined", decided_at: clock(input.now) } })),
  )
  return new WorkflowResponse(declined)
})
