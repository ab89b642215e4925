import { model } from "@medusajs/framework/utils"

export const REVIEW_STATUSES = ["visible", "hidden"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** What a buyer may write: a 1–5 rating, a title, a text and a few photos. */
export const REVIEW_LIMITS = {
  title: 120,
  text: 4000,
  reply: 2000,
  reason: 500,
  photos: 4,
} as const

/**
 * A verified buyer's review of one order line (one review per line): the product's rating and the
 * producer's (the seller of the line), with the producer's one public reply. An admin may hide it
 * with a reason; a hidden review leaves the product's page and its rating summary.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    /** Medusa's order line item reviewed: at most one review each. */
    line_item_id: model.text(),
    order_id: model.text(),
    product_id: model.text(),
    /** The seller (producer) of the line's seller order part. */
    seller_id: model.text(),
    customer_id: model.text(),
    /** The buyer's name as shown, family name first ("Nguyễn Thị Lan"); null shows "verified buyer". */
    author_name: model.text().nullable(),
    rating: model.number(),
    title: model.text().nullable(),
    text: model.text().nullable(),
    /** Up to four photos as stored by the product image pipeline: { id, url, width, height, variants, file_ids }. */
    photos: model.json().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("visible"),
    hidden_reason: model.text().nullable(),
    hidden_at: model.dateTime().nullable(),
    reply_text: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "rating"], where: "deleted_at IS NULL" },
    { on: ["seller_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
