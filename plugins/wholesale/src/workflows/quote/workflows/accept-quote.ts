import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "@ocop/plugin-ocop/clock"
import { checkQuoteStockStep } from "../steps/check-quote-stock"
import { checkQuoteTransitionStep } from "../steps/check-quote-transition"
import { resolveQuoteCartStep } from "../steps/resolve-quote-cart"
import { updateQuoteStep } from "../steps/update-quote"
import type { AcceptQuoteInput } from "../types"

export const acceptQuoteWorkflowId = "wholesale-accept-quote"

/**
 * The distributor accepts an answered quote still valid: a cart (Medusa's createCartWorkflow) with
 * the quoted line at the quoted unit price, then the quote is accepted with that cart. Past its
 * date, or with the stock sold meanwhile → 400 saying so, and no cart is made.
 */
export const acceptQuoteWorkflow = createWorkflow(acceptQuoteWorkflowId, (input: AcceptQuoteInput) => {
  const quote = checkQuoteTransitionStep(
    transform({ input }, ({ input }) => ({ id: input.id, action: "accept" as const, now: input.now })),
  )
  checkQuoteStockStep(transform({ quote }, ({ quote }) => ({ quote, when: "accept" as const })))
  const cartInput = resolveQuoteCartStep(
    transform({ input, quote }, ({ input, quote }) => ({
      quote,
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
    })),
  )
  const cart = createCartWorkflow.runAsStep({ input: cartInput as any })
  const accepted = updateQuoteStep(
    transform({ input, cart }, ({ input, cart }) => ({
      id: input.id,
      data: { status: "accepted", cart_id: cart.id, decided_at: clock(input.now) },
    })),
  )
  return new WorkflowResponse({ quote: accepted, cart_id: transform({ cart }, ({ cart }) => cart.id) })
})
