import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadedFilename, type MultipartRequest } from "@ocop/plugin-marketplace/multipart-files"
import { REVIEW_LIMITS } from "../modules/review"
import type { ReviewPhotoUpload } from "../workflows/reviews/steps/store-review-photos"

/**
 * The photos a review request sends: multipart `files`, or `photos` as `[{ filename, content: base64 }]`
 * in a JSON body (both at once count together). Workflow input is serialised: the bytes travel as
 * base64. More than the limit in one request is a 400.
 */
export function uploadedPhotos(
  req: MultipartRequest<AuthenticatedMedusaRequest<{ photos?: { filename: string; content: string }[] }>>,
): ReviewPhotoUpload[] {
  const photos = [
    ...(req.files ?? []).map((file) => ({
      filename: uploadedFilename(file),
      content_base64: file.buffer.toString("base64"),
    })),
    ...(req.validatedBody.photos ?? []).map((photo) => ({ filename: photo.filename, content_base64: photo.content })),
  ]
  if (photos.length > REVIEW_LIMITS.photos) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `photos: at most ${REVIEW_LIMITS.photos} photos`)
  }
  return photos
}
