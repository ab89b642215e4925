import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Hidden = { id: string; customer_id: string; product_title: string; reason: string }

/** The operators hid a review: its author is told why. */
export default async function reviewHidden({ event, container }: SubscriberArgs<Hidden>) {
  const { id, customer_id, product_title, reason } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "review.hidden",
      resource_type: "review",
      resource_id: id,
      data: { id, product_title, reason },
      customer_ids: [customer_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.REVIEW_HIDDEN }
