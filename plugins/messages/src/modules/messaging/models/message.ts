import { model } from "@medusajs/framework/utils"
import { MessageThread } from "./message-thread"

export const AUTHOR_KINDS = ["customer", "seller", "admin"] as const
export type AuthorKind = (typeof AUTHOR_KINDS)[number]

/** The longest message, in characters. */
export const MAX_MESSAGE_LENGTH = 2000

/**
 * One message of a thread. `author_id` is the customer's id or the seller member's id (a seller
 * answers as the cooperative; the member is kept for the hourly limit and the operator's review).
 * `masked`: contacts were replaced before it was stored (see lib/mask-contacts).
 */
export const Message = model
  .define("message", {
    id: model.id({ prefix: "msg" }).primaryKey(),
    author_kind: model.enum([...AUTHOR_KINDS]),
    author_id: model.text(),
    body: model.text(),
    masked: model.boolean().default(false),
    thread: model.belongsTo(() => MessageThread, { mappedBy: "messages" }),
  })
  .indexes([
    { on: ["thread_id", "created_at"], where: "deleted_at IS NULL" },
    // The hourly limit counts an author's messages of the last hour
    { on: ["author_kind", "author_id", "created_at"], where: "deleted_at IS NULL" },
  ])
