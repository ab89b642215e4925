import { model } from "@medusajs/framework/utils"

/**
 * A product's story (part B of the OCOP score: marketing capacity and product story), written by
 * its producer or by the programme office. One story per product, replaced when it is edited.
 */
export const ProductStory = model.define("product_story", {
  id: model.id({ prefix: "pstory" }).primaryKey(),
  product_id: model.text().unique(),
  title: model.text().searchable(),
  body: model.text(),
  /** Photo URLs, in the order shown. */
  photos: model.array(),
  /** An https YouTube or Vimeo link (see lib/media-urls.ts). */
  video_url: model.text().nullable(),
  /** Who wrote the current version: the seller member id, or "admin". */
  written_by: model.text(),
  published_at: model.dateTime(),
})
