import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkQuoteTransitionStep } from "../steps/check-quote-transition"
import { prepareAnswerStep } from "../steps/prepare-answer"
import { updateQuoteStep } from "../steps/update-quote"
import type { AnswerQuoteInput } from "../types"

export const answerQuoteWorkflowId = "wholesale-answer-quote"

/** The seller gives (or renews) its price per unit in VND and the last day it holds. */
export const answerQuoteWorkflow = createWorkflow(answerQuoteWorkflowId, (input: AnswerQuoteInput) => {
  checkQuoteTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action: "answer" as const, now: input.now })),
  )
  return new WorkflowResponse(updateQuoteStep(prepareAnswerStep(input)))
})
