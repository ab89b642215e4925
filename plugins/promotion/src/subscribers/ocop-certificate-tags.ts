import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CERTIFICATE_EVENTS } from "@ocop/plugin-ocop/constants"
import { syncOcopProductTags } from "../lib/sync-product-tags"

type CertificateEvent = { id: string; product_id: string }

/** A certificate issued, renewed, revoked or expired: the product's OCOP tags (and campaigns) follow. */
export default async function ocopCertificateTags({
  event,
  container,
}: SubscriberArgs<CertificateEvent | CertificateEvent[]>) {
  const rows = Array.isArray(event.data) ? event.data : [event.data]
  await syncOcopProductTags(container, [...new Set(rows.map((row) => row.product_id).filter(Boolean))])
}

export const config: SubscriberConfig = {
  event: [
    CERTIFICATE_EVENTS.ISSUED,
    CERTIFICATE_EVENTS.RENEWED,
    CERTIFICATE_EVENTS.REVOKED,
    CERTIFICATE_EVENTS.EXPIRED,
  ],
}
