import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifySellerOfRecord, type SellerRecordEvent } from "../lib/seller-record"

/** A refused return escalated by the buyer: the operators decide (admin feed); the seller is told too. */
export default async function returnEscalated({ event, container }: SubscriberArgs<SellerRecordEvent>) {
  await notifySellerOfRecord(container, event.data, {
    kind: "return.escalated",
    resource_type: "seller_return",
    admin: true,
  })
}

export const config: SubscriberConfig = { event: EVENTS.RETURN_ESCALATED }
