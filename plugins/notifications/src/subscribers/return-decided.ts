import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Decided = { id: string; customer_id: string; number: string; decision: "accepted" | "refused" | "refunded" }

/** A return accepted, refused or refunded: the buyer is told, once per decision. */
export default async function returnDecided({ event, container }: SubscriberArgs<Decided>) {
  const { id, customer_id, number, decision } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "return.decided",
      resource_type: "seller_return",
      resource_id: id,
      occurrence: decision,
      data: { id, number, decision },
      customer_ids: customer_id ? [customer_id] : [],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.RETURN_DECIDED }
