import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewableLine } from "../../../lib/reviewable-lines"

/** The customer's delivered, not yet reviewed line (404 / 400 / 422 otherwise, see reviewableLine). Reads only. */
export const resolveReviewableLineStep = createStep(
  "reviews-resolve-reviewable-line",
  async (input: { customer_id: string; line_item_id: string }, { container }) =>
    new StepResponse(await reviewableLine(container, input.customer_id, input.line_item_id)),
)
