import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, singleLine } from "@ocop/plugin-ocop/validation"
import { IMAGE_LIMITS } from "@ocop/plugin-marketplace/images"
import { REVIEW_SORTS } from "../lib/product-reviews"
import { REVIEW_LIMITS, REVIEW_STATUSES } from "../modules/review"

/** A rating as a form or JSON sends it ("4" or 4): a whole number of stars from 1 to 5. */
const rating = z.coerce
  .number({ message: "rating: give a whole number of stars from 1 to 5" })
  .int("rating: give a whole number of stars from 1 to 5")
  .min(1, "rating: give a whole number of stars from 1 to 5")
  .max(5, "rating: give a whole number of stars from 1 to 5")
/** An optional text: "" (an empty form field) clears it. */
const optionalText = <T extends z.ZodType<string>>(schema: T) =>
  z.union([z.literal("").transform((): null => null), schema]).nullish()

/** A photo in a JSON body: its file name and bytes as base64 (a multipart body sends `files` instead). */
const base64Photo = z
  .object({
    filename: singleLine(200, 1),
    content: z
      .string()
      .max(Math.ceil((IMAGE_LIMITS.maxBytes * 4) / 3) + 4, "photos: a photo is over the size limit")
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "photos: content must be base64"),
  })
  .strict()

export const StoreCreateReview = z
  .object({
    line_item_id: singleLine(100, 1),
    rating,
    title: optionalText(singleLine(REVIEW_LIMITS.title)),
    text: optionalText(multiLine(REVIEW_LIMITS.text)),
    photos: z.array(base64Photo).max(REVIEW_LIMITS.photos, `photos: at most ${REVIEW_LIMITS.photos}`).optional(),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

/** Photo ids to remove: a JSON list, or a form's field repeated (one value arrives as a string). */
const photoIds = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z.array(singleLine(200, 1)).max(REVIEW_LIMITS.photos, `remove_photos: at most ${REVIEW_LIMITS.photos}`),
)

/** An edit: any of the fields; photos named by id are removed, new ones added (the route checks one is given). */
export const StoreUpdateReview = z
  .object({
    rating: rating.optional(),
    title: optionalText(singleLine(REVIEW_LIMITS.title)),
    text: optionalText(multiLine(REVIEW_LIMITS.text)),
    remove_photos: photoIds.optional(),
    photos: z.array(base64Photo).max(REVIEW_LIMITS.photos, `photos: at most ${REVIEW_LIMITS.photos}`).optional(),
  })
  .strict()
export type StoreUpdateReviewType = z.infer<typeof StoreUpdateReview>

export const StoreListProductReviews = listParams({ limit: 10, max: 50 })
  .omit({ order: true })
  .extend({ sort: z.enum(REVIEW_SORTS).default("newest") })
export const storeListProductReviewsConfig = listQueryConfig({ limit: 10 })

export const SellerListReviews = listParams({ limit: 20, max: 100 }).extend({
  replied: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
})
export const sellerListReviewsConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "rating"] })

export const SellerReply = z.object({ text: multiLine(REVIEW_LIMITS.reply, 2) }).strict()

export const AdminListReviews = listParams({ limit: 20, max: 100 }).extend({
  status: z.enum(REVIEW_STATUSES).optional(),
  product_id: singleLine(100, 1).optional(),
  seller_id: singleLine(100, 1).optional(),
})
export const adminListReviewsConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "rating"] })

export const AdminHideReview = z.object({ reason: multiLine(REVIEW_LIMITS.reason, 3) }).strict()
