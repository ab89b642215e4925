import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MESSAGE_CREATED, messageCreatedPayload } from "../events"
import { addMessageStep } from "../steps/add-message"
import { checkMessageRateStep } from "../steps/check-message-rate"
import { findOrCreateThreadStep } from "../steps/find-or-create-thread"
import { resolveThreadSubjectStep, type ThreadSubjectInput } from "../steps/resolve-thread-subject"

export const startMessageThreadWorkflowId = "messages-start-thread"

/**
 * A customer writes to a seller about a product (before buying) or about one of its own order
 * parts: the thread is found or opened, the message written (masked before an order), the seller told.
 */
export const startMessageThreadWorkflow = createWorkflow(
  startMessageThreadWorkflowId,
  (input: ThreadSubjectInput & { body: string }) => {
    const subject = resolveThreadSubjectStep(input)
    const author = transform({ input }, ({ input }) => ({
      author_kind: "customer" as const,
      author_id: input.customer_id,
    }))
    const lockKey = transform({ input }, ({ input }) => `messages:customer:${input.customer_id}`)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    checkMessageRateStep(author)
    const thread = findOrCreateThreadStep(
      transform({ input, subject }, ({ input, subject }) => ({ ...subject, customer_id: input.customer_id })),
    )
    const written = addMessageStep(
      transform({ input, thread, author }, ({ input, thread, author }) => ({
        thread_id: thread.id,
        ...author,
        body: input.body,
      })),
    )
    releaseLockStep({ key: lockKey })
    emitEventStep({
      eventName: MESSAGE_CREATED,
      data: transform({ written }, ({ written }) => messageCreatedPayload(written.thread, written.message)),
    })
    return new WorkflowResponse(written)
  },
)
