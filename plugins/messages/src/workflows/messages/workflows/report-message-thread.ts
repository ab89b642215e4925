import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MESSAGE_CREATED, reportedPayload } from "../events"
import { loadOwnThreadStep, type ThreadParticipant } from "../steps/load-own-thread"
import { reportThreadStep } from "../steps/report-thread"

export const reportMessageThreadWorkflowId = "messages-report-thread"

/**
 * The customer or the seller reports one of its threads to the operator (404 for anyone else's),
 * with a reason; the operators are told, and can read the thread from then on.
 */
export const reportMessageThreadWorkflow = createWorkflow(
  reportMessageThreadWorkflowId,
  (input: ThreadParticipant & { reason: string }) => {
    loadOwnThreadStep(input)
    const thread = reportThreadStep(
      transform({ input }, ({ input }) => ({ thread_id: input.thread_id, party: input.party, reason: input.reason })),
    )
    emitEventStep({ eventName: MESSAGE_CREATED, data: transform({ thread }, ({ thread }) => reportedPayload(thread)) })
    return new WorkflowResponse(thread)
  },
)
