import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import QuoteModule from "../modules/quote"

/** The cart made at the quoted price on acceptance: `quote.cart` (read-only, by `cart_id`). */
export default defineLink({ linkable: QuoteModule.linkable.quote, field: "cart_id" }, CartModule.linkable.cart, {
  readOnly: true,
})
