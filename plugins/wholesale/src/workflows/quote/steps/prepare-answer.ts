import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "@ocop/plugin-ocop/clock"
import { invalid } from "@ocop/plugin-ocop/errors"
import { parseDeliveryDate, parseValidUntil } from "../../../lib/quote-dates"
import type { AnswerQuoteInput } from "../types"

/**
 * The answer to store (reads nothing): a price in whole dong above 0, valid through a day not in the
 * past, and the promised delivery day if any (not in the past either).
 */
export const prepareAnswerStep = createStep("wholesale-prepare-quote-answer", async (input: AnswerQuoteInput) => {
  const now = clock(input.now)
  if (!Number.isInteger(input.unit_price) || input.unit_price <= 0)
    throw invalid("unit_price", "vnd", "a whole number of dong above 0")
  return new StepResponse({
    id: input.id,
    data: {
      status: "answered",
      unit_price: input.unit_price,
      valid_until: parseValidUntil(input.valid_until, now),
      delivery_date: input.delivery_date ? parseDeliveryDate(input.delivery_date, now) : null,
      seller_note: input.note ?? null,
      answered_at: now,
    },
  })
})
