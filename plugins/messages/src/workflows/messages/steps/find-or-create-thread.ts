import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE, type MessagingModuleService } from "../../../modules/messaging"
import type { ThreadSubject } from "./resolve-thread-subject"

/**
 * The customer's thread about this subject: asking about the same product (or order part) again
 * continues the same thread. Compensation removes a thread it created.
 */
export const findOrCreateThreadStep = createStep(
  "messages-find-or-create-thread",
  async (input: ThreadSubject & { customer_id: string }, { container }) => {
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const [existing] = await service.listMessageThreads(
      input.product_id
        ? { customer_id: input.customer_id, product_id: input.product_id }
        : { customer_id: input.customer_id, seller_order_id: input.seller_order_id },
      { take: 1 },
    )
    if (existing) return new StepResponse(existing, null)
    const thread = await service.createMessageThreads({ ...input, last_message_at: new Date() })
    return new StepResponse(thread, thread.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<MessagingModuleService>(MESSAGING_MODULE).deleteMessageThreads(createdId)
  },
)
