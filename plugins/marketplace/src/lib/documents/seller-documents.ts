import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"

type Container = Pick<MedusaContainer, "resolve">

/** A seller's registration documents, newest first, each with the File Module's URL for it. */
export async function sellerDocuments(container: Container, sellerId: string) {
  const documents = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerDocuments({ seller_id: sellerId }, { order: { created_at: "DESC" } })
  const files = container.resolve(Modules.FILE)
  return Promise.all(
    documents.map(async (document) => ({
      id: document.id,
      filename: document.filename,
      mime_type: document.mime_type,
      size: document.size,
      url: (await files.retrieveFile(document.file_id)).url,
      created_at: document.created_at,
    }))
  )
}
