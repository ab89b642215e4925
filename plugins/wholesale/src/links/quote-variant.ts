import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QuoteModule from "../modules/quote"

/** The variant quoted: `quote.product_variant` (read-only, by `variant_id`). */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true },
)
