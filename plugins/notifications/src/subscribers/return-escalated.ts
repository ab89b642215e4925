import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/** A refused return escalated by the buyer: the operators decide (admin feed); the seller is told too. */
export default async function returnEscalated({
  event,
  container,
}: SubscriberArgs<{ id: string; seller_id: string; number: string }>) {
  const { id, seller_id, number } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "return.escalated",
      resource_type: "seller_return",
      resource_id: id,
      data: { id, number },
      seller_ids: [seller_id],
      admin: true,
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.RETURN_ESCALATED }
