import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import QuoteModule from "../modules/quote"

/** The distributor member (a Medusa customer) who asked: `quote.customer` (read-only, by `customer_id`). */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true },
)
