import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SellerRequest } from "../../../../lib/current-member"
import { storeProductImages } from "../../../../lib/images"

/** What multer (lib/images/accept-image-files) leaves on the request. */
type MultipartRequest = SellerRequest & { files?: { originalname: string; buffer: Buffer }[] }

/**
 * POST /sellers/me/uploads (multipart `files`) → 201 { files: [{ id, url, width, height, variants }] }:
 * product images checked, stripped of EXIF, rendered and stored (see lib/images).
 */
export const POST = async (req: MultipartRequest, res: MedusaResponse) => {
  const files = req.files ?? []
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded")
  const stored = await storeProductImages(
    req.scope,
    // busboy reads multipart file names as latin1; browsers send UTF-8 ("chè búp.jpg").
    files.map((file) => ({ filename: Buffer.from(file.originalname, "latin1").toString("utf8"), content: file.buffer }))
  )
  res.status(201).json({ files: stored })
}
