import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

/** A distributor company registered and waits for approval: the operators are told in Medusa admin's feed. */
export default async function distributorCompanyRegistered({
  event,
  container,
}: SubscriberArgs<{ id: string; name: string }>) {
  const { id, name } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "distributor_company.registered",
      resource_type: "distributor_company",
      resource_id: id,
      data: { id, name },
      admin: true,
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.DISTRIBUTOR_COMPANY_REGISTERED }
