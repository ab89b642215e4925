import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { validateCampaignProducersStep } from "../../campaigns/steps/validate-campaign-producers"
import { prepareTradeEventStep, type TradeEventData } from "../steps/prepare-trade-event"
import { writeTradeEventStep } from "../steps/write-trade-event"
import { syncLiveCampaignStep } from "../../live/steps/sync-live-campaign"

/** Emitted after an event is created or edited: followers of its producers and province are told. */
export const TRADE_EVENT_SAVED = "trade_event.saved"

export interface SaveTradeEventInput {
  /** The event to edit; a new event without it. */
  id?: string
  data: Partial<TradeEventData>
}

/** Creates or edits a trade fair, exhibition or live selling session (400 naming the field on bad input), then announces it. */
export const saveTradeEventWorkflow = createWorkflow("ocop-save-trade-event", (input: SaveTradeEventInput) => {
  const event = prepareTradeEventStep(input)
  validateCampaignProducersStep(
    transform({ event }, ({ event }) => ({ producer_ids: event.producer_ids, field: "producer_ids" })),
  )
  const saved = writeTradeEventStep(transform({ input, event }, ({ input, event }) => ({ id: input.id, event })))
  // A live session's prices follow its times.
  syncLiveCampaignStep(transform({ saved }, ({ saved }) => ({ event: saved })))
  emitEventStep({ eventName: TRADE_EVENT_SAVED, data: transform({ saved }, ({ saved }) => ({ id: saved.id })) })
  return new WorkflowResponse(saved)
})
