import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductEvents } from "@medusajs/framework/utils"
import { notifyProductFollowers } from "../lib/product-followers"

type ProductEvent = { id: string }

/**
 * A certified product published (created so, or published later): its producer's followers are told
 * once (the notification's idempotency key covers later edits of the product).
 */
export default async function productPublishedFollowers({
  event,
  container,
}: SubscriberArgs<ProductEvent | ProductEvent[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((row) => row.id).filter(Boolean)
  await notifyProductFollowers(container, ids)
}

export const config: SubscriberConfig = { event: [ProductEvents.PRODUCT_CREATED, ProductEvents.PRODUCT_UPDATED] }
