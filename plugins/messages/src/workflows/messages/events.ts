/**
 * `message.created`: someone has something new to read in a thread. `to` is who: the customer
 * (its id), the seller (the seller's id: every member sees it) or the operators (`admin`, when a
 * thread is reported). The notifications plugin turns it into a notification without reading
 * this plugin's module.
 */
export const MESSAGE_CREATED = "message.created"

export type MessageCreatedPayload = {
  id: string
  thread_id: string
  to: { kind: "customer" | "seller" | "admin"; id: string }
  subject_title: string
}

type Thread = { id: string; customer_id: string; seller_id: string; subject_title: string }

export function messageCreatedPayload(
  thread: Thread,
  message: { id: string; author_kind: string },
): MessageCreatedPayload {
  const to =
    message.author_kind === "customer"
      ? { kind: "seller" as const, id: thread.seller_id }
      : { kind: "customer" as const, id: thread.customer_id }
  return { id: message.id, thread_id: thread.id, to, subject_title: thread.subject_title }
}

/** A reported thread: the operators have a thread to read (`id` is the thread's). */
export function reportedPayload(thread: Thread): MessageCreatedPayload {
  return {
    id: thread.id,
    thread_id: thread.id,
    to: { kind: "admin", id: "admin" },
    subject_title: thread.subject_title,
  }
}
