import { model } from "@medusajs/framework/utils"
import { Message } from "./message"

export const THREAD_STATUSES = ["open", "reported"] as const
export const THREAD_PARTIES = ["customer", "seller"] as const
export type ThreadParty = (typeof THREAD_PARTIES)[number]

/**
 * A conversation between one customer and one seller about one subject: a product (a question
 * before buying: contacts in it are masked) or one of the customer's order parts (after buying).
 * Each side has an unread count, set to 0 when that side reads the thread. Either side may report
 * it to the operator, who then (and only then) can read it.
 */
export const MessageThread = model
  .define("message_thread", {
    id: model.id({ prefix: "mthr" }).primaryKey(),
    seller_id: model.text(),
    customer_id: model.text(),
    /** The product asked about (a thread before buying), or null. */
    product_id: model.text().nullable(),
    /** The customer's order part (`selord_…`) the thread is about, or null. */
    seller_order_id: model.text().nullable(),
    /** What both sides see as the subject: the product's title, or the order part's number. */
    subject_title: model.text(),
    status: model.enum([...THREAD_STATUSES]).default("open"),
    reported_at: model.dateTime().nullable(),
    reported_by: model.enum([...THREAD_PARTIES]).nullable(),
    report_reason: model.text().nullable(),
    last_message_at: model.dateTime(),
    customer_unread: model.number().default(0),
    seller_unread: model.number().default(0),
    messages: model.hasMany(() => Message, { mappedBy: "thread" }),
  })
  .indexes([
    { on: ["customer_id", "last_message_at"], where: "deleted_at IS NULL" },
    { on: ["seller_id", "last_message_at"], where: "deleted_at IS NULL" },
    { on: ["status", "reported_at"], where: "deleted_at IS NULL" },
    // One thread per customer and product, and per customer and order part: asking again continues it
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    {
      on: ["customer_id", "seller_order_id"],
      unique: true,
      where: "deleted_at IS NULL AND seller_order_id IS NOT NULL",
    },
  ])
