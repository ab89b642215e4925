import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifySellerOfRecord, type SellerRecordEvent } from "../lib/seller-record"

/** A buyer asks to return lines of a seller's part: the seller is told. */
export default async function returnRequested({ event, container }: SubscriberArgs<SellerRecordEvent>) {
  await notifySellerOfRecord(container, event.data, { kind: "return.requested", resource_type: "seller_return" })
}

export const config: SubscriberConfig = { event: EVENTS.RETURN_REQUESTED }
