import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderWorkflow } from "../workflows/order/workflows/split-order"

/** Each seller sees its part of a placed order. */
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
