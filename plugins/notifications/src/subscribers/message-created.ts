import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EVENTS } from "../lib/events"
import { notifyWorkflow } from "../workflows/notify/workflows/notify"

type Created = {
  id: string
  thread_id: string
  to: { kind: "customer" | "seller" | "admin"; id: string }
  subject_title: string
}

/** A new message in a thread: the side it is addressed to is told. */
export default async function messageCreated({ event, container }: SubscriberArgs<Created>) {
  const { id, thread_id, to, subject_title } = event.data
  await notifyWorkflow(container).run({
    input: {
      kind: "message.created",
      resource_type: "message",
      resource_id: id,
      data: { id, thread_id, subject_title },
      customer_ids: to?.kind === "customer" ? [to.id] : [],
      seller_ids: to?.kind === "seller" ? [to.id] : [],
      admin: to?.kind === "admin",
    },
  })
}

export const config: SubscriberConfig = { event: EVENTS.MESSAGE_CREATED }
