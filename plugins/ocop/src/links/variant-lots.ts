import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

/**
 * A product variant has many lots (batches), each of one variant.
 *   query.graph({ entity: "product_variant", fields: ["id", "trace_lots.lot_code", "trace_lots.expiry_date"] })
 *   query.graph({ entity: "trace_lot", fields: ["*", "product_variant.title", "product_variant.product.title"] })
 * Created by the create-lot workflow.
 */
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: TraceabilityModule.linkable.traceLot,
  isList: true,
})
