import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { CERTIFICATE_EVENTS } from "@ocop/plugin-ocop/lib/search/documents"
import { syncOcopProductTagsWorkflow } from "../workflows/campaigns/workflows/sync-ocop-product-tags"

type CertificateEvent = { id: string; product_id: string }

/** How long a sync waits for the one before it (a batch import issues many certificates at once). */
const LOCK_SECONDS = 120

/**
 * A certificate issued, renewed, revoked or expired: the product's OCOP tags (and campaigns) follow.
 * One sync at a time: two concurrent syncs both found a new province's tag missing and the second
 * failed creating it ("Product tag … already exists"), leaving its products untagged.
 */
export default async function ocopCertificateTags({ event, container }: SubscriberArgs<CertificateEvent | CertificateEvent[]>) {
  const rows = Array.isArray(event.data) ? event.data : [event.data]
  const productIds = [...new Set(rows.map((row) => row.product_id).filter(Boolean))]
  if (!productIds.length) return
  await container.resolve(Modules.LOCKING).execute(
    "ocop-product-tags",
    () => syncOcopProductTagsWorkflow(container).run({ input: { product_ids: productIds } }),
    { timeout: LOCK_SECONDS }
  )
}

export const config: SubscriberConfig = {
  event: [CERTIFICATE_EVENTS.ISSUED, CERTIFICATE_EVENTS.RENEWED, CERTIFICATE_EVENTS.REVOKED, CERTIFICATE_EVENTS.EXPIRED],
}
