import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"

type Container = Pick<MedusaContainer, "resolve">

/**
 * A seller's registration documents, newest first. `url` is the authenticated route that serves
 * the file (`base` + `/:id/file`): the seller portal's or the admin's. The File Module's own URL
 * is never handed out: the documents are private.
 */
export async function sellerDocuments(container: Container, sellerId: string, base: string) {
  const documents = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerDocuments({ seller_id: sellerId }, { order: { created_at: "DESC" } })
  return documents.map((document) => ({
    id: document.id,
    filename: document.filename,
    mime_type: document.mime_type,
    size: document.size,
    url: `${base}/${document.id}/file`,
    created_at: document.created_at,
  }))
}

/** Sends one of the seller's documents as a download; 404 when it is not this seller's. */
export async function sendSellerDocument(
  container: Container,
  res: MedusaResponse,
  sellerId: string,
  documentId: string,
) {
  const [document] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerDocuments({ id: documentId, seller_id: sellerId }, { take: 1 })
  if (!document) throw notFound(`document ${documentId} not found`)
  const content = await container.resolve(Modules.FILE).getAsBuffer(document.file_id)
  res.setHeader("Content-Type", document.mime_type)
  res.setHeader("Content-Length", String(content.length))
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200).send(content)
}
