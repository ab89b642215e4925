import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import type { QuoteAuthor } from "../../../modules/quote/models"

/** Adds a message to a quote; compensation deletes it. */
export const createQuoteMessageStep = createStep(
  "wholesale-create-quote-message",
  async (input: { quote_id: string; author: QuoteAuthor; author_id: string; body: string }, { container }) => {
    const message = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteMessages(input)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteMessages(id)
  },
)
