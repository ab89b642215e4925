import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { IMAGE_LIMITS } from "./limits"

const MAX_FILES = 10

// In memory, like Medusa's admin uploads: the files go to sharp, then to the File Module. The
// byte limit stops a huge upload while it streams in, instead of buffering all of it.
const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMAGE_LIMITS.maxBytes, files: MAX_FILES },
}).array("files", MAX_FILES)

/** Multipart `files` into req.files, with multer's refusals turned into 400s naming the field. */
export function acceptImageFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error: unknown) => {
    if (!error) return next()
    if (error instanceof multer.MulterError) {
      const { code, message } = error as { code: string; message: string }
      const reason =
        code === "LIMIT_FILE_SIZE"
          ? `a file is over the limit of ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB`
          : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
            ? `at most ${MAX_FILES} files, sent as the multipart field "files"`
            : message
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `files: ${reason}`))
    }
    next(error)
  })
}
