import { DOCUMENT_TYPES } from "../../modules/seller/models/seller-document"

export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const DOCUMENT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 }

const SIGNATURES: [DocumentType, number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
]

/** The document's type by its first bytes, whatever its name or declared type says; null if not accepted. */
export function documentType(content: Buffer): DocumentType | null {
  const match = SIGNATURES.find(([, bytes]) => bytes.every((byte, i) => content[i] === byte))
  return match?.[0] ?? null
}
