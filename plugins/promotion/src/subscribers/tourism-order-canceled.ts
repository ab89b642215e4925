import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelTourismBookingsWorkflow } from "../workflows/tourism/workflows/cancel-tourism-bookings"

/** A cancelled order's places go back to their slots. */
export default async function releaseTourismPlaces({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelTourismBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
