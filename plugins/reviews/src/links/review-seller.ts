import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "@ocop/plugin-marketplace/modules/seller"
import ReviewModule from "../modules/review"

/** The producer reviewed (the seller of the line): `review.seller` (read-only, by `seller_id`). */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "seller_id" },
  SellerModule.linkable.seller,
  {
    readOnly: true,
  },
)
