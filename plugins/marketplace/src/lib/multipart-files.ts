import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** What multer leaves on the request. */
export type UploadedFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }
export type MultipartRequest<R> = R & { files?: UploadedFile[] }

/**
 * Middleware: multipart `files` into req.files, in memory like Medusa's admin uploads. The byte
 * limit stops a huge upload while it streams in; multer's refusals become 400s naming the field.
 */
export function acceptFiles(limits: { maxBytes: number; maxFiles: number }) {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.maxBytes, files: limits.maxFiles },
  }).array("files", limits.maxFiles)

  return function acceptMultipartFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    parse(req, res, (error: unknown) => {
      if (!error) return next()
      if (error instanceof multer.MulterError) {
        const { code, message } = error as { code: string; message: string }
        const reason =
          code === "LIMIT_FILE_SIZE"
            ? `a file is over the limit of ${limits.maxBytes / 1024 / 1024} MB`
            : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
              ? `at most ${limits.maxFiles} files, sent as the multipart field "files"`
              : message
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `files: ${reason}`))
      }
      next(error)
    })
  }
}

/** busboy reads multipart file names as latin1; browsers send UTF-8 ("chè búp.jpg"). */
export function uploadedFilename(file: UploadedFile): string {
  return Buffer.from(file.originalname, "latin1").toString("utf8")
}
