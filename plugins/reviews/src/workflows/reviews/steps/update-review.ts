import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

type Changes = Partial<{
  rating: number
  title: string | null
  text: string | null
  photos: Record<string, unknown>[]
  status: "visible" | "hidden"
  hidden_reason: string | null
  hidden_at: Date | null
  reply_text: string | null
  replied_at: Date | null
}>

/** Changes some fields of a review; compensation puts back their previous values. */
export const updateReviewStep = createStep(
  "reviews-update-review",
  async (input: { id: string; changes: Changes }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const before = (await service.retrieveReview(input.id)) as Record<string, any>
    const previous = Object.fromEntries(Object.keys(input.changes).map((key) => [key, before[key] ?? null]))
    const review = await service.updateReviews({ id: input.id, ...input.changes } as any)
    return new StepResponse(review, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateReviews({ id: undo.id, ...undo.previous } as any)
  },
)
