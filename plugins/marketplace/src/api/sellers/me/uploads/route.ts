import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { storeProductImages } from "../../../../lib/images"

/** Product images of the signed-in seller: checked, stripped, rendered and stored (see lib/images). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const files = (req.files ?? []) as { originalname: string; buffer: Buffer }[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was uploaded")
  const stored = await storeProductImages(
    req.scope,
    files.map((file) => ({ filename: Buffer.from(file.originalname, "latin1").toString("utf8"), content: file.buffer }))
  )
  res.status(201).json({ files: stored })
}
