import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOwnThreadStep, type ThreadParticipant } from "../steps/load-own-thread"
import { markThreadReadStep } from "../steps/mark-thread-read"

export const readMessageThreadWorkflowId = "messages-read-thread"

/** The customer or the seller opens one of its threads (404 for anyone else's): its side has nothing unread. */
export const readMessageThreadWorkflow = createWorkflow(readMessageThreadWorkflowId, (input: ThreadParticipant) => {
  const thread = loadOwnThreadStep(input)
  markThreadReadStep(transform({ input }, ({ input }) => ({ thread_id: input.thread_id, party: input.party })))
  return new WorkflowResponse(thread)
})
