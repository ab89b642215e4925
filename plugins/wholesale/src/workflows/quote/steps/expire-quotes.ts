import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"

/** Answered quotes whose validity ended before `now` become expired; compensation puts them back to answered. */
export const expireQuotesStep = createStep(
  "wholesale-expire-quotes",
  async (input: { now: string }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const due = await service.listQuotes({ status: "answered", valid_until: { $lt: new Date(input.now) } } as any, {
      select: ["id"],
    })
    const ids = due.map((quote) => quote.id)
    if (ids.length) await service.updateQuotes(ids.map((id) => ({ id, status: "expired" as const })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<QuoteModuleService>(QUOTE_MODULE)
        .updateQuotes(ids.map((id) => ({ id, status: "answered" as const })))
  },
)
