import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_EVENTS } from "../../../constants"
import { assertNotRepliedStep } from "../steps/assert-not-replied"
import { findReviewStep } from "../steps/find-review"
import { productOfReviewStep } from "../steps/product-of-review"
import { updateReviewStep } from "../steps/update-review"

/**
 * The producer answers a review of its own product, once and publicly; the author is told
 * (`review.replied`). Another seller's review is not found.
 */
export const replyToReviewWorkflow = createWorkflow(
  "reviews-reply-to-review",
  (input: { id: string; seller_id: string; text: string }) => {
    const found = findReviewStep({ id: input.id, seller_id: input.seller_id })
    assertNotRepliedStep({ review: found })
    const review = updateReviewStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        changes: { reply_text: input.text, replied_at: new Date() },
      })),
    )
    const product = productOfReviewStep(
      transform({ found }, ({ found }) => ({ product_id: found.product_id as string })),
    )
    emitEventStep({
      eventName: REVIEW_EVENTS.replied,
      data: transform({ found, product }, ({ found, product }) => ({
        id: found.id,
        customer_id: found.customer_id,
        product_id: found.product_id,
        product_title: product.title,
        product_handle: product.handle,
      })),
    })
    return new WorkflowResponse(review)
  },
)
