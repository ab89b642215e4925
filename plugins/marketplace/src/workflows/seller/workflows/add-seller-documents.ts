import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { DocumentType } from "../../../lib/documents"
import { createDocumentsStep } from "../steps/create-documents"

const EXTENSIONS: Record<DocumentType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" }

export const addSellerDocumentsWorkflowId = "marketplace-add-seller-documents"

export interface AddSellerDocumentsInput {
  seller_id: string
  /** Checked by the caller (type by content, size); content in base64, as the File Module takes it. */
  files: { filename: string; mime_type: DocumentType; size: number; content: string }[]
}

/**
 * Registration documents: stored as private files through the File Module (outside any public
 * folder), then recorded for the seller. If recording fails, the upload step deletes the stored
 * files. They are read back only through the authenticated document routes.
 */
export const addSellerDocumentsWorkflow = createWorkflow(
  addSellerDocumentsWorkflowId,
  (input: AddSellerDocumentsInput) => {
    const stored = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.files.map((file) => ({
          // A random stored name (nobody can guess it from the date or the file's name); the record
          // keeps the seller's own.
          filename: `${randomUUID()}.${EXTENSIONS[file.mime_type]}`,
          mimeType: file.mime_type,
          content: file.content,
          access: "private" as const,
        })),
      })),
    )
    const documents = createDocumentsStep(
      transform({ input, stored }, ({ input, stored }) =>
        input.files.map((file, i) => ({
          seller_id: input.seller_id,
          file_id: stored[i].id,
          filename: file.filename,
          mime_type: file.mime_type,
          size: file.size,
        })),
      ),
    )
    return new WorkflowResponse(documents)
  },
)
