import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerSubjectLink from "@ocop/plugin-marketplace/links/seller-subject"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Expiring = {
  id: string
  subject_id: string | null
  days: number
  decision_number: string
  product_id: string
  product_title: string | null
  valid_until: string
}

/**
 * A certificate expires in 30 or 7 days (the OCOP plugin's daily job emits it once per certificate
 * and threshold): the seller that is the certificate's producer is told; each threshold once.
 */
export default async function certificateExpiring({ event, container }: SubscriberArgs<Expiring>) {
  const { id, subject_id, days, decision_number, product_id, product_title, valid_until } = event.data
  if (!subject_id) return
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: SellerSubjectLink.entryPoint,
    fields: ["seller_id"],
    filters: { ocop_subject_id: subject_id },
  })
  const sellerIds = (links as { seller_id: string }[]).map((link) => link.seller_id)
  if (!sellerIds.length) return
  await notifyWorkflow(container).run({
    input: {
      kind: "certificate.expiring",
      resource_type: "ocop_certificate",
      resource_id: id,
      occurrence: String(days),
      data: { id, days, decision_number, product_id, product_title, valid_until },
      seller_ids: sellerIds,
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.CERTIFICATE_EXPIRING }
