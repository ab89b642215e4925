import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

/**
 * A product's kept rating summary: `product.review_rating_summary.average|count` (read-only, by the
 * summary's `product_id`), for documents built with query.graph such as the search index's.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...ReviewModule.linkable.reviewRatingSummary.id, primaryKey: "product_id" },
  { readOnly: true },
)
