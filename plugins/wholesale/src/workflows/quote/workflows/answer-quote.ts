import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkQuoteStockStep } from "../steps/check-quote-stock"
import { checkQuoteTransitionStep } from "../steps/check-quote-transition"
import { prepareAnswerStep } from "../steps/prepare-answer"
import { updateQuoteStep } from "../steps/update-quote"
import type { AnswerQuoteInput } from "../types"

export const answerQuoteWorkflowId = "wholesale-answer-quote"

/**
 * The seller gives (or renews) its price per unit in VND, the last day it holds and the promised
 * delivery day, for a quantity its stock covers (400 with the numbers otherwise).
 */
export const answerQuoteWorkflow = createWorkflow(answerQuoteWorkflowId, (input: AnswerQuoteInput) => {
  const quote = checkQuoteTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action: "answer" as const, now: input.now })),
  )
  checkQuoteStockStep(transform({ quote }, ({ quote }) => ({ quote, when: "answer" as const })))
  return new WorkflowResponse(updateQuoteStep(prepareAnswerStep(input)))
})
