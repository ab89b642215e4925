import { acceptFiles } from "../multipart-files"
import { DOCUMENT_LIMITS } from "./document-type"

export * from "./document-type"
export * from "./seller-documents"

/** Multipart `files` of registration documents into req.files. */
export const acceptDocumentFiles = acceptFiles(DOCUMENT_LIMITS)
