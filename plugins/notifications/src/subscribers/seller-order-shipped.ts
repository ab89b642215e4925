import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Shipped = { id: string; number: string; order_id: string; customer_id: string | null; email: string | null }

/** A seller shipped its part: the buyer is told (a guest by e-mail only). */
export default async function sellerOrderShipped({ event, container }: SubscriberArgs<Shipped>) {
  const { id, number, order_id, customer_id, email } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "seller_order.shipped",
      resource_type: "seller_order",
      resource_id: id,
      data: { id, number, order_id },
      customer_ids: customer_id ? [customer_id] : [],
      guest_emails: customer_id || !email ? [] : [email],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.SELLER_ORDER_SHIPPED }
