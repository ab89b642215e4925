import { model } from "@medusajs/framework/utils"
import { QuoteMessage } from "./quote-message"

/**
 * requested → answered (a seller's price, until its validity date) → accepted (a cart at that price)
 * or declined; an answer past its date becomes expired (scheduled job, and checked on accept).
 */
export const QUOTE_STATUSES = ["requested", "answered", "accepted", "declined", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

/** A distributor's request for a seller's price on a quantity of one product variant, and the answer. */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    /** The distributor member who asked (a Medusa customer) and its company. */
    customer_id: model.text(),
    company_id: model.text().nullable(),
    seller_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    /** Names as they were when asked (the catalogue may change). */
    product_title: model.text(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    quantity: model.number(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    /** The seller's answer: integer VND per unit, valid until the end of a Vietnam day. */
    unit_price: model.bigNumber().nullable(),
    valid_until: model.dateTime().nullable(),
    seller_note: model.text().nullable(),
    /** The day the seller promises delivery (start of that Vietnam day); null: as soon as ordered. */
    delivery_date: model.dateTime().nullable(),
    answered_at: model.dateTime().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The cart made at the quoted price when the distributor accepted. */
    cart_id: model.text().nullable(),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
  })
  .indexes([
    { on: ["company_id"], where: "deleted_at IS NULL" },
    { on: ["seller_id", "status"], where: "deleted_at IS NULL" },
    { on: ["status", "valid_until"], where: "deleted_at IS NULL" },
  ])
