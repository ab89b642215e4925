import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

/**
 * A product has a list of OCOP certificates: its history (the valid one, the superseded, expired
 * and revoked ones). With Query:
 *   query.graph({ entity: "product", fields: ["id", "title", "ocop_certificates.*"] })
 *   query.graph({ entity: "ocop_certificate", fields: ["*", "product.id", "product.title"] })
 * Query batches the link: listing N products with their certificates is a constant number of
 * SQL queries (products, link rows, certificates), never one per product.
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: CertificationModule.linkable.ocopCertificate,
  isList: true,
})
