import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductStoryModule from "../modules/product-story"

/**
 * A story belongs to a product. Read-only: the story's own `product_id` is the link.
 *   query.graph({ entity: "product_story", fields: ["title", "product.title", "product.handle"] })
 */
export default defineLink(
  { linkable: ProductStoryModule.linkable.productStory, field: "product_id" },
  ProductModule.linkable.product,
  {
    readOnly: true,
  },
)
