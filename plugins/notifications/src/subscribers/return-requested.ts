import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/** A buyer asks to return lines of a seller's part: the seller is told. */
export default async function returnRequested({
  event,
  container,
}: SubscriberArgs<{ id: string; seller_id: string; number: string }>) {
  const { id, seller_id, number } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "return.requested",
      resource_type: "seller_return",
      resource_id: id,
      data: { id, number },
      seller_ids: [seller_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.RETURN_REQUESTED }
