import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeProductImages, type UploadedImage } from "@ocop/plugin-marketplace/images"

/**
 * A review's photos, through the product image pipeline: each checked by its content (one bad file
 * refuses the review before anything is stored), stripped of EXIF, rendered for srcset and stored
 * through the File Module. Compensation deletes every stored file.
 */
export const storeReviewPhotosStep = createStep(
  "reviews-store-review-photos",
  async (input: { photos: UploadedImage[] }, { container }) => {
    if (!input.photos.length) return new StepResponse([], [] as string[])
    const stored = await storeProductImages(container, input.photos)
    return new StepResponse(
      stored,
      stored.flatMap((photo) => photo.file_ids),
    )
  },
  async (fileIds, { container }) => {
    if (fileIds?.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  },
)
