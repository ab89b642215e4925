import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { joinInvitedCompanyWorkflow } from "../workflows/distributor/workflows/join-invited-company"

/** A new customer account whose e-mail a distributor company invited joins that company. */
export default async function joinInvitedCompany({ event, container }: SubscriberArgs<{ id: string }>) {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(event.data.id, { select: ["id", "email", "has_account"] })
  if (!customer.has_account || !customer.email) return
  await joinInvitedCompanyWorkflow(container).run({ input: { customer_id: customer.id, email: customer.email } })
}

export const config: SubscriberConfig = { event: "customer.created" }
