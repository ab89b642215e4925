import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TourismModule from "../modules/tourism"

/**
 * A tourism slot books one product variant. Read-only: the slot's own `variant_id` is the link.
 *   query.graph({ entity: "tourism_slot", fields: ["starts_at", "variant.title", "variant.product.title"] })
 */
export default defineLink(
  { linkable: TourismModule.linkable.tourismSlot, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true },
)
