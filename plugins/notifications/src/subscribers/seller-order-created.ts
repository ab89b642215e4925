import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifySellerOfRecord, type SellerRecordEvent } from "../lib/seller-record"

/** A new order part: its seller is told (every member in-app; e-mail as each member chose). */
export default async function sellerOrderCreated({ event, container }: SubscriberArgs<SellerRecordEvent>) {
  await notifySellerOfRecord(container, event.data, { kind: "seller_order.created", resource_type: "seller_order" })
}

export const config: SubscriberConfig = { event: EVENTS.SELLER_ORDER_CREATED }
