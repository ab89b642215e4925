import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SellerRequest } from "../../../../lib/current-member"
import { storeProductImages } from "../../../../lib/images"
import { uploadedFilename, type MultipartRequest } from "../../../../lib/multipart-files"

/**
 * POST /sellers/me/uploads (multipart `files`) → 201 { files: [{ id, url, width, height, variants }] }:
 * product images checked, stripped of EXIF, rendered and stored (see lib/images).
 */
export const POST = async (req: MultipartRequest<SellerRequest>, res: MedusaResponse) => {
  const files = req.files ?? []
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded")
  const stored = await storeProductImages(
    req.scope,
    files.map((file) => ({ filename: uploadedFilename(file), content: file.buffer })),
  )
  res.status(201).json({ files: stored })
}
