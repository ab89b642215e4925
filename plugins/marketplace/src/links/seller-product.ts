import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

/** The products a seller lists; a product has at most one seller. */
export default defineLink(SellerModule.linkable.seller, { linkable: ProductModule.linkable.product, isList: true })
