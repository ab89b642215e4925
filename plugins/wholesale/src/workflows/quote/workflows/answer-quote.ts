import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkQuoteStockStep } from "../steps/check-quote-stock"
import { checkQuoteTransitionStep } from "../steps/check-quote-transition"
import { prepareAnswerStep } from "../steps/prepare-answer"
import { updateQuoteStep } from "../steps/update-quote"
import type { AnswerQuoteInput } from "../types"

export const answerQuoteWorkflowId = "wholesale-answer-quote"
/** The buyer is told: { id, customer_id, seller_id, product_title, unit_price, answered_at }. */
export const QUOTE_ANSWERED = "quote.answered"

/**
 * The seller gives (or renews) its price per unit in VND, the last day it holds and the promised
 * delivery day, for a quantity its stock covers (400 with the numbers otherwise).
 */
export const answerQuoteWorkflow = createWorkflow(answerQuoteWorkflowId, (input: AnswerQuoteInput) => {
  const quote = checkQuoteTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action: "answer" as const, now: input.now })),
  )
  checkQuoteStockStep(transform({ quote }, ({ quote }) => ({ quote, when: "answer" as const })))
  const answered = updateQuoteStep(prepareAnswerStep(input))
  emitEventStep({
    eventName: QUOTE_ANSWERED,
    data: transform({ answered }, ({ answered }: { answered: any }) => ({
      id: answered.id,
      customer_id: answered.customer_id,
      seller_id: answered.seller_id,
      product_title: answered.product_title,
      unit_price: Number(answered.unit_price),
      answered_at: answered.answered_at,
    })),
  })
  return new WorkflowResponse(answered)
})
