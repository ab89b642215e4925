import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SellerRequest } from "../../../../lib/current-member"
import { documentType, sellerDocuments } from "../../../../lib/documents"
import { uploadedFilename, type MultipartRequest } from "../../../../lib/multipart-files"
import { addSellerDocumentsWorkflow } from "../../../../workflows/seller/workflows/add-seller-documents"

const DOCUMENTS_ROUTE = "/sellers/me/documents"

/** GET /sellers/me/documents → { documents: [{ id, filename, mime_type, size, url, created_at }] } */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  res.json({ documents: await sellerDocuments(req.scope, req.member.seller_id, DOCUMENTS_ROUTE) })
}

/**
 * POST /sellers/me/documents (multipart `files`, owner) → 201 { documents }: registration documents
 * for the operator's review. PDF, JPEG or PNG by content; one refused file refuses the request.
 */
export const POST = async (req: MultipartRequest<SellerRequest>, res: MedusaResponse) => {
  const uploads = req.files ?? []
  if (!uploads.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded")
  const files = uploads.map((file) => {
    const filename = uploadedFilename(file)
    const mime_type = documentType(file.buffer)
    if (!mime_type) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `files (${filename}): only PDF, JPEG or PNG documents are accepted`,
      )
    }
    return { filename, mime_type, size: file.size, content: file.buffer.toString("base64") }
  })
  await addSellerDocumentsWorkflow(req.scope).run({ input: { seller_id: req.member.seller_id, files } })
  res.status(201).json({ documents: await sellerDocuments(req.scope, req.member.seller_id, DOCUMENTS_ROUTE) })
}
