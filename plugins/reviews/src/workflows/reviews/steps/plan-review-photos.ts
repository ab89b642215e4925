import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { REVIEW_LIMITS } from "../../../modules/review"

type StoredPhoto = { id: string; file_ids?: string[] } & Record<string, unknown>

/**
 * What an edit does to a review's photos, checked before any file is stored: the photos kept (those
 * not named in `remove`), the files of those removed, and whether the kept and the `adding` new
 * ones stay within the limit. A photo id the review does not have is refused (400), as is one
 * photo too many; nothing is written then.
 */
export const planReviewPhotosStep = createStep(
  "reviews-plan-review-photos",
  async (input: { photos: unknown; remove: string[]; adding: number }) => {
    const current: StoredPhoto[] = Array.isArray(input.photos) ? (input.photos as StoredPhoto[]) : []
    const unknown = input.remove.filter((id) => !current.some((photo) => photo.id === id))
    if (unknown.length) {
      throw invalid("remove_photos", "unknown_photo", `the review has no photo ${unknown.join(", ")}`)
    }
    const kept = current.filter((photo) => !input.remove.includes(photo.id))
    if (kept.length + input.adding > REVIEW_LIMITS.photos) {
      throw invalid(
        "photos",
        "too_many",
        `a review has at most ${REVIEW_LIMITS.photos} photos: it keeps ${kept.length}, remove some before adding ${input.adding}`,
      )
    }
    const removed = current.filter((photo) => input.remove.includes(photo.id))
    return new StepResponse({
      kept: kept as Record<string, unknown>[],
      removed_file_ids: removed.flatMap((photo) => photo.file_ids ?? [photo.id]),
      changed: removed.length > 0 || input.adding > 0,
    })
  },
)
