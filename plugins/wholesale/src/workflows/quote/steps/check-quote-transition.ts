import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "@ocop/plugin-ocop/clock"
import { vnDateOf } from "@ocop/plugin-ocop/rules"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { isExpired } from "../../../lib/quote-dates"

export type QuoteAction = "answer" | "accept" | "decline"

/** Which statuses each action starts from. */
const FROM: Record<QuoteAction, string[]> = {
  answer: ["requested", "answered", "expired"],
  accept: ["answered"],
  decline: ["requested", "answered"],
}

/**
 * Refuses an action the quote's status does not allow (400 saying why), and accepting an answer
 * past its validity date: the price no longer holds, nothing is created.
 */
export const checkQuoteTransitionStep = createStep(
  "wholesale-check-quote-transition",
  async (input: { id: string; action: QuoteAction; now?: string }, { container }) => {
    const quote = await container.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(input.id)
    const now = clock(input.now)
    const expired = quote.status === "expired" || (quote.status === "answered" && isExpired(quote, now))
    if (input.action === "accept" && expired) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `quote ${quote.id} expired on ${vnDateOf(new Date(quote.valid_until!))}: the seller's price no longer holds, ask for a new quote`,
      )
    }
    if (!FROM[input.action].includes(quote.status) || (input.action === "decline" && expired)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `a quote that is ${expired ? "expired" : quote.status} cannot be ${input.action === "answer" ? "answered" : input.action + "ed"}`,
      )
    }
    return new StepResponse(quote)
  },
)
