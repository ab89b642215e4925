import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bindTourismBookingsWorkflow } from "../workflows/tourism/workflows/bind-tourism-bookings"

/** An order's tourism bookings (made when its cart was completed) are bound to it. */
export default async function bindTourismBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await bindTourismBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
