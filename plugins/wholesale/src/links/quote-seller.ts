import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "@ocop/plugin-marketplace/modules/seller"
import QuoteModule from "../modules/quote"

/**
 * The seller asked for a price. Read-only, like every link of the quote: the quote keeps the ids
 * it was made with (`seller_id` here) and Query follows them, with no link table to keep in step.
 *   query.graph({ entity: "quote", fields: ["id", "seller.legal_name"] })
 */
export default defineLink({ linkable: QuoteModule.linkable.quote, field: "seller_id" }, SellerModule.linkable.seller, {
  readOnly: true,
})
