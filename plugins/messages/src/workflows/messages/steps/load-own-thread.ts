import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@ocop/plugin-ocop/errors"
import { MESSAGING_MODULE, type MessagingModuleService, type ThreadParty } from "../../../modules/messaging"

export type ThreadParticipant = {
  thread_id: string
  /** Who asks: the customer (its id) or the seller (the seller's id, not the member's). */
  party: ThreadParty
  party_id: string
}

/** The thread, if the customer or seller asking is its party; 404 otherwise (another's thread looks missing). */
export async function ownThread(service: MessagingModuleService, input: ThreadParticipant) {
  const [thread] = await service.listMessageThreads(
    {
      id: input.thread_id,
      ...(input.party === "customer" ? { customer_id: input.party_id } : { seller_id: input.party_id }),
    },
    { take: 1 },
  )
  if (!thread) throw notFound(`thread ${input.thread_id} not found`)
  return thread
}

export const loadOwnThreadStep = createStep(
  "messages-load-own-thread",
  async (input: ThreadParticipant, { container }) =>
    new StepResponse(await ownThread(container.resolve<MessagingModuleService>(MESSAGING_MODULE), input)),
)
