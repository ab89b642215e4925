import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QuoteModule from "../modules/quote"

/** The product quoted: `quote.product` (read-only, by `product_id`); its title as asked stays on the quote. */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
)
