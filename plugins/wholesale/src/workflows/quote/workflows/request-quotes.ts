import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createQuotesStep } from "../steps/create-quotes"
import { prepareQuoteRequestsStep } from "../steps/prepare-quote-requests"
import type { RequestQuotesInput } from "../types"

export const requestQuotesWorkflowId = "wholesale-request-quotes"

/** A distributor asks for prices: one quote per line, to the seller of that line's product. */
export const requestQuotesWorkflow = createWorkflow(requestQuotesWorkflowId, (input: RequestQuotesInput) => {
  const quotes = prepareQuoteRequestsStep(input)
  const created = createQuotesStep(
    transform({ quotes, input }, ({ quotes, input }) => ({ quotes, message: input.message ?? null })),
  )
  return new WorkflowResponse(created)
})
