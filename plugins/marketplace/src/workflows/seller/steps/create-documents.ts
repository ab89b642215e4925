import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { DocumentType } from "../../../lib/documents"

export type SellerDocumentRecord = {
  seller_id: string
  file_id: string
  filename: string
  mime_type: DocumentType
  size: number
}

export const createDocumentsStep = createStep(
  "marketplace-create-documents",
  async (documents: SellerDocumentRecord[], { container }) => {
    const created = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerDocuments(documents)
    return new StepResponse(
      created,
      created.map((document) => document.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerDocuments(ids)
  },
)
