import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_EVENTS } from "../../../constants"
import { deleteRemovedPhotosStep } from "../steps/delete-removed-photos"
import { findReviewStep } from "../steps/find-review"
import { planReviewPhotosStep } from "../steps/plan-review-photos"
import { recountRatingSummaryStep } from "../steps/recount-rating-summary"
import { storeReviewPhotosStep, type ReviewPhotoUpload } from "../steps/store-review-photos"
import { updateReviewStep } from "../steps/update-review"

export interface UpdateOwnReviewInput {
  id: string
  customer_id: string
  rating?: number
  title?: string | null
  text?: string | null
  /** Ids of the review's photos to remove. */
  remove_photos?: string[]
  /** New photos, added after those kept (the limit counts both). */
  photos?: ReviewPhotoUpload[]
}

/**
 * The author edits their own review (rating, title, text, photos removed and added). Nobody else
 * can: another customer's review is not found. The photos are checked against the limit before a
 * new one is stored; the removed ones' files are deleted only once the review no longer names them
 * (a failure before restores the fields and deletes the new files). The standing is not theirs to
 * change: a hidden review stays hidden.
 */
export const updateOwnReviewWorkflow = createWorkflow("reviews-update-own-review", (input: UpdateOwnReviewInput) => {
  const found = findReviewStep({ id: input.id, customer_id: input.customer_id })
  const plan = planReviewPhotosStep(
    transform({ input, found }, ({ input, found }) => ({
      photos: found.photos,
      remove: input.remove_photos ?? [],
      adding: input.photos?.length ?? 0,
    })),
  )
  const added = storeReviewPhotosStep(transform({ input }, ({ input }) => ({ photos: input.photos ?? [] })))
  const changes = transform({ input, plan, added }, ({ input, plan, added }) => {
    const { rating, title, text } = input
    return {
      ...(Object.fromEntries(Object.entries({ rating, title, text }).filter(([, value]) => value !== undefined)) as {
        rating?: number
        title?: string | null
        text?: string | null
      }),
      ...(plan.changed ? { photos: [...plan.kept, ...(added as unknown as Record<string, unknown>[])] } : {}),
    }
  })
  const review = updateReviewStep({ id: input.id, changes })
  const rated = transform({ found }, ({ found }) => ({ product_id: found.product_id as string }))
  recountRatingSummaryStep(rated)
  emitEventStep({
    eventName: REVIEW_EVENTS.ratingChanged,
    data: rated,
  }).config({ name: "reviews-emit-rating-changed" })
  deleteRemovedPhotosStep(transform({ plan }, ({ plan }) => ({ file_ids: plan.removed_file_ids })))
  return new WorkflowResponse(review)
})
