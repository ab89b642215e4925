import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordLiveSalesWorkflow } from "../workflows/live/workflows/record-live-sales"

/** An order's lines added from a live session's page are counted for the session. */
export default async function recordLiveSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordLiveSalesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
