import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/** A new order part: its seller is told (every member in-app; e-mail as each member chose). */
export default async function sellerOrderCreated({
  event,
  container,
}: SubscriberArgs<{ id: string; seller_id: string; number: string }>) {
  const { id, seller_id, number } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "seller_order.created",
      resource_type: "seller_order",
      resource_id: id,
      data: { id, number },
      seller_ids: [seller_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.SELLER_ORDER_CREATED }
