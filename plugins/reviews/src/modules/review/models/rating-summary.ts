import { model } from "@medusajs/framework/utils"

/**
 * A product's rating over its visible reviews, kept by the review workflows (never computed by
 * scanning reviews when a listing is read): count, sum, average and how many of each star.
 */
export const ReviewRatingSummary = model
  .define("review_rating_summary", {
    id: model.id({ prefix: "rrs" }).primaryKey(),
    product_id: model.text(),
    count: model.number().default(0),
    rating_sum: model.number().default(0),
    /** Rounded to two decimals; 0 when count is 0. */
    average: model.float().default(0),
    stars_1: model.number().default(0),
    stars_2: model.number().default(0),
    stars_3: model.number().default(0),
    stars_4: model.number().default(0),
    stars_5: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
