import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/** A seller registered and waits for approval: the operators are told in Medusa admin's feed. */
export default async function sellerRegistered({ event, container }: SubscriberArgs<{ id: string; name: string }>) {
  const { id, name } = event.data
  await notifyWorkflow(container).run({
    input: { kind: "seller.registered", resource_type: "seller", resource_id: id, data: { id, name }, admin: true },
  })
}

export const config: SubscriberConfig = { event: EVENTS.SELLER_REGISTERED }
