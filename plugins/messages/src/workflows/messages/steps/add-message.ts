import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { maskContacts } from "../../../lib/mask-contacts"
import {
  MAX_MESSAGE_LENGTH,
  MESSAGING_MODULE,
  type AuthorKind,
  type MessagingModuleService,
} from "../../../modules/messaging"

export type AddMessageInput = {
  thread_id: string
  author_kind: Exclude<AuthorKind, "admin">
  author_id: string
  body: string
}

/**
 * Writes a message into a thread: contacts masked when the thread is about a product (no order
 * yet), the thread's last activity moved and the other side's unread count raised. Compensation
 * removes the message and puts the thread back.
 */
export const addMessageStep = createStep(
  "messages-add-message",
  async (input: AddMessageInput, { container }) => {
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const body = input.body.trim()
    // The routes validate too; this keeps the rule for every caller of the workflow
    if (!body) throw invalid("body", "required", "write a message")
    if (body.length > MAX_MESSAGE_LENGTH)
      throw invalid("body", "too_long", `a message has at most ${MAX_MESSAGE_LENGTH} characters`)
    const thread = await service.retrieveMessageThread(input.thread_id)
    const masking = thread.seller_order_id ? { text: body, masked: false } : maskContacts(body)
    const message = await service.createMessages({
      thread_id: thread.id,
      author_kind: input.author_kind,
      author_id: input.author_id,
      body: masking.text,
      masked: masking.masked,
    })
    const before = {
      id: thread.id,
      last_message_at: thread.last_message_at,
      customer_unread: thread.customer_unread,
      seller_unread: thread.seller_unread,
    }
    await service.updateMessageThreads({
      id: thread.id,
      last_message_at: message.created_at,
      ...(input.author_kind === "customer"
        ? { seller_unread: thread.seller_unread + 1 }
        : { customer_unread: thread.customer_unread + 1 }),
    })
    return new StepResponse({ message, thread }, { message_id: message.id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    await service.deleteMessages(undo.message_id)
    await service.updateMessageThreads(undo.before)
  },
)
