import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Replied = { id: string; customer_id: string; product_id: string; product_title: string; product_handle: string }

/** A producer replied to a review: its author is told. */
export default async function reviewReplied({ event, container }: SubscriberArgs<Replied>) {
  const { id, customer_id, product_id, product_title, product_handle } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "review.replied",
      resource_type: "review",
      resource_id: id,
      data: { id, product_id, product_title, handle: product_handle },
      customer_ids: [customer_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.REVIEW_REPLIED }
