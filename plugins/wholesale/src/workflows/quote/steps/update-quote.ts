import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"

/** Updates one quote; the compensation restores the previous values of the changed fields. */
export const updateQuoteStep = createStep(
  "wholesale-update-quote",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const before = await service.retrieveQuote(input.id, { select: ["id", ...Object.keys(input.data)] as any })
    const quote = await service.updateQuotes({ id: input.id, ...input.data } as any)
    return new StepResponse(quote, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(before as any)
  },
)
