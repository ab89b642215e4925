import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Answered = { id: string; customer_id: string; product_title: string; unit_price: number; answered_at: string }

/** A seller answered (or renewed) a quote: the distributor's buyer who asked is told, once per answer. */
export default async function quoteAnswered({ event, container }: SubscriberArgs<Answered>) {
  const { id, customer_id, product_title, unit_price, answered_at } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "quote.answered",
      resource_type: "quote",
      resource_id: id,
      occurrence: String(answered_at ?? ""),
      data: { id, product_title, unit_price },
      customer_ids: [customer_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.QUOTE_ANSWERED }
