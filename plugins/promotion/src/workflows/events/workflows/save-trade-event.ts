import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCampaignProducersStep } from "../../campaigns/steps/validate-campaign-producers"
import { prepareTradeEventStep, type TradeEventData } from "../steps/prepare-trade-event"
import { writeTradeEventStep } from "../steps/write-trade-event"

export interface SaveTradeEventInput {
  /** The event to edit; a new event without it. */
  id?: string
  data: Partial<TradeEventData>
}

/** Creates or edits a trade fair, exhibition or live selling session (400 naming the field on bad input). */
export const saveTradeEventWorkflow = createWorkflow("ocop-save-trade-event", (input: SaveTradeEventInput) => {
  const event = prepareTradeEventStep(input)
  validateCampaignProducersStep(transform({ event }, ({ event }) => ({ producer_ids: event.producer_ids, field: "producer_ids" })))
  return new WorkflowResponse(writeTradeEventStep(transform({ input, event }, ({ input, event }) => ({ id: input.id, event }))))
})
