import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

export const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const

/** A registration document (business licence, cooperative registration…) the operator reviews before approving. */
export const SellerDocument = model.define("seller_document", {
  id: model.id({ prefix: "seldoc" }).primaryKey(),
  /** The File Module's file: its URL is asked for when shown (a private file's URL may be signed). */
  file_id: model.text(),
  filename: model.text(),
  mime_type: model.enum([...DOCUMENT_TYPES]),
  size: model.number(),
  seller: model.belongsTo(() => Seller, { mappedBy: "documents" }),
})
