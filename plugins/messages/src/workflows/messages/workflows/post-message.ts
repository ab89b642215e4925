import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MESSAGE_CREATED, messageCreatedPayload } from "../events"
import { addMessageStep } from "../steps/add-message"
import { checkMessageRateStep } from "../steps/check-message-rate"
import { loadOwnThreadStep, type ThreadParticipant } from "../steps/load-own-thread"

export const postMessageWorkflowId = "messages-post-message"

export type PostMessageInput = ThreadParticipant & {
  /** The customer's id, or the seller member's who writes for the seller. */
  author_id: string
  body: string
}

/** The customer or the seller writes in one of its threads (404 for anyone else's); the other side is told. */
export const postMessageWorkflow = createWorkflow(postMessageWorkflowId, (input: PostMessageInput) => {
  loadOwnThreadStep(input)
  const author = transform({ input }, ({ input }) => ({ author_kind: input.party, author_id: input.author_id }))
  const lockKey = transform({ input }, ({ input }) => `messages:${input.party}:${input.author_id}`)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  checkMessageRateStep(author)
  const written = addMessageStep(
    transform({ input, author }, ({ input, author }) => ({ thread_id: input.thread_id, ...author, body: input.body })),
  )
  releaseLockStep({ key: lockKey })
  emitEventStep({
    eventName: MESSAGE_CREATED,
    data: transform({ written }, ({ written }) => messageCreatedPayload(written.thread, written.message)),
  })
  return new WorkflowResponse(written)
})
