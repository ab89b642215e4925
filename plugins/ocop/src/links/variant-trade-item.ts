import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

/**
 * A product variant has one GS1 trade item (its GTIN-14), and a GTIN belongs to one variant.
 *   query.graph({ entity: "product_variant", fields: ["id", "trace_trade_item.gtin14"] })
 * Created by the register-trade-item workflow.
 */
export default defineLink(ProductModule.linkable.productVariant, TraceabilityModule.linkable.traceTradeItem)
