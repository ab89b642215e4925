import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeProductImages } from "@ocop/plugin-marketplace/images"

/** A photo as a workflow carries it: workflow input is serialised, so its bytes travel as base64. */
export type ReviewPhotoUpload = { filename: string; content_base64: string }

/**
 * A review's photos, through the product image pipeline: each checked by its content (one bad file
 * refuses the review before anything is stored), stripped of EXIF, rendered for srcset and stored
 * through the File Module. Compensation deletes every stored file.
 */
export const storeReviewPhotosStep = createStep(
  "reviews-store-review-photos",
  async (input: { photos: ReviewPhotoUpload[] }, { container }) => {
    if (!input.photos.length) return new StepResponse([], [] as string[])
    const stored = await storeProductImages(
      container,
      input.photos.map((photo) => ({ filename: photo.filename, content: Buffer.from(photo.content_base64, "base64") })),
    )
    return new StepResponse(
      stored,
      stored.flatMap((photo) => photo.file_ids),
    )
  },
  async (fileIds, { container }) => {
    if (fileIds?.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  },
)
