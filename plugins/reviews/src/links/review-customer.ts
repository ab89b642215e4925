import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewModule from "../modules/review"

/** The buyer who wrote a review: `review.customer` (read-only, by `customer_id`). */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true },
)
