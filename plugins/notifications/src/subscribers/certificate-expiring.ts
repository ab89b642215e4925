import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerSubjectLink from "@ocop/plugin-marketplace/links/seller-subject"
import type { CertificateExpiring } from "@ocop/plugin-ocop/constants"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/**
 * A certificate expires in 30 or 7 days (the OCOP plugin's daily job emits it once per certificate
 * and threshold): the seller that is the certificate's producer is told in-app, and each of its
 * members by e-mail as they chose; a producer without a seller account gets the e-mail at its
 * address (or the OCOP office's). This is the one path of the reminder: each threshold once.
 */
export default async function certificateExpiring({ event, container }: SubscriberArgs<CertificateExpiring>) {
  const { id, subject_id, days, days_left, decision_number, stars, product_id, product_title, valid_until } = event.data
  const { data: links } = subject_id
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: SellerSubjectLink.entryPoint,
        fields: ["seller_id"],
        filters: { ocop_subject_id: subject_id },
      })
    : { data: [] }
  const sellerIds = (links as { seller_id: string }[]).map((link) => link.seller_id)
  const holder = sellerIds.length
    ? { seller_ids: sellerIds }
    : { guest_emails: event.data.contact_email ? [event.data.contact_email] : [] }
  await notifyWorkflow(container).run({
    input: {
      kind: "certificate.expiring",
      resource_type: "ocop_certificate",
      resource_id: id,
      occurrence: String(days),
      data: { id, days, days_left, decision_number, stars, product_id, product_title, valid_until },
      ...holder,
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.CERTIFICATE_EXPIRING }
