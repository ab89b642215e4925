import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Requested = {
  id: string
  amount: number
  requested_by: string
  approver_customer_ids: string[]
  requested_at: string
}

/** A buyer's cart above its limit: the company's approvers are told, once per request. */
export default async function approvalRequested({ event, container }: SubscriberArgs<Requested>) {
  const { id, amount, requested_by, approver_customer_ids, requested_at } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "approval.requested",
      resource_type: "distributor_order_approval",
      resource_id: id,
      occurrence: requested_at,
      data: { id, amount, requested_by },
      customer_ids: approver_customer_ids ?? [],
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.APPROVAL_REQUESTED }
