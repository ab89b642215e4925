import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteAuthor } from "../../../modules/quote/models"
import { createQuoteMessageStep } from "../steps/create-quote-message"

export const postQuoteMessageWorkflowId = "wholesale-post-quote-message"

/** A message on a quote from the distributor or the seller (the routes check it is theirs). */
export const postQuoteMessageWorkflow = createWorkflow(
  postQuoteMessageWorkflowId,
  (input: { quote_id: string; author: QuoteAuthor; author_id: string; body: string }) =>
    new WorkflowResponse(createQuoteMessageStep(input)),
)
