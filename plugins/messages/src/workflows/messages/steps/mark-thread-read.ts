import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE, type MessagingModuleService, type ThreadParty } from "../../../modules/messaging"

/** The side that reads the thread has nothing unread in it; compensation restores its count. */
export const markThreadReadStep = createStep(
  "messages-mark-thread-read",
  async (input: { thread_id: string; party: ThreadParty }, { container }) => {
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const field = input.party === "customer" ? "customer_unread" : "seller_unread"
    const thread = await service.retrieveMessageThread(input.thread_id, { select: ["id", field] })
    const unread = thread[field]
    if (unread) await service.updateMessageThreads({ id: thread.id, [field]: 0 })
    return new StepResponse(undefined, unread ? { id: thread.id, [field]: unread } : null)
  },
  async (before, { container }) => {
    if (before) await container.resolve<MessagingModuleService>(MESSAGING_MODULE).updateMessageThreads(before)
  },
)
