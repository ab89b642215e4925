import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QUOTE_AUTHORS = ["distributor", "seller"] as const
export type QuoteAuthor = (typeof QUOTE_AUTHORS)[number]

/** A message on a quote, from the distributor or the seller. */
export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "quomsg" }).primaryKey(),
  author: model.enum([...QUOTE_AUTHORS]),
  /** The customer id or the seller member id who wrote it. */
  author_id: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})
