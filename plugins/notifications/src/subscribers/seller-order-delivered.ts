import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Delivered = { id: string; number: string; order_id: string; customer_id: string | null }

/** A seller's part delivered: the buyer is told (in-app, and by e-mail if it wants). */
export default async function sellerOrderDelivered({ event, container }: SubscriberArgs<Delivered>) {
  const { id, number, order_id, customer_id } = event.data
  if (!customer_id) return
  await notifyWorkflow(container).run({
    input: {
      kind: "seller_order.delivered",
      resource_type: "seller_order",
      resource_id: id,
      data: { id, number, order_id },
      customer_ids: [customer_id],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.SELLER_ORDER_DELIVERED }
