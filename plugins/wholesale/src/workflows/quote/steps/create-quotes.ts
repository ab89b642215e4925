import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"

/** Creates the quotes, each with the distributor's first message when there is one; compensation deletes them. */
export const createQuotesStep = createStep(
  "wholesale-create-quotes",
  async (input: { quotes: Record<string, unknown>[]; message?: string | null }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quotes: { id: string; customer_id: string }[] = await service.createQuotes(input.quotes as any[])
    const ids = quotes.map((quote) => quote.id)
    if (input.message) {
      await service.createQuoteMessages(
        quotes.map((quote) => ({
          quote_id: quote.id,
          author: "distributor" as const,
          author_id: quote.customer_id,
          body: input.message!,
        })),
      )
    }
    return new StepResponse(quotes, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuotes(ids)
  },
)
