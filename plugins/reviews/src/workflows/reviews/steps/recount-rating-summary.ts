import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ratingSummaryRow, recountRatingSummary, restoreRatingSummary } from "../../../lib/rating-summaries"

/**
 * Recounts the product's kept rating summary from its visible reviews (the listing, search and
 * product page read it); compensation puts back the summary as it was before.
 */
export const recountRatingSummaryStep = createStep(
  "reviews-recount-rating-summary",
  async (input: { product_id: string }, { container }) => {
    const previous = await ratingSummaryRow(container, input.product_id)
    const summary = await recountRatingSummary(container, input.product_id)
    return new StepResponse(summary, { product_id: input.product_id, previous })
  },
  async (undo, { container }) => {
    if (undo) await restoreRatingSummary(container, undo.product_id, undo.previous)
  },
)
