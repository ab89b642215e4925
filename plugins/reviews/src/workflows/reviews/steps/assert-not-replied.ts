import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A producer replies once: a second reply is refused (422), the first stays as written. */
export const assertNotRepliedStep = createStep(
  "reviews-assert-not-replied",
  async (input: { review: Record<string, any> }) => {
    if (input.review.reply_text) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "reply: this review already has your reply; a producer replies once",
      )
    }
    return new StepResponse(true)
  },
)
