import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { changeableLiveSession } from "../../../lib/live-sessions"

/** The live session the actor may change: one it runs (else 404) that has not ended (else 400). */
export const liveSessionStep = createStep(
  "ocop-live-session",
  async (input: { event_id: string; seller_id: string | null }, { container }) => {
    const event = await changeableLiveSession(container, input.event_id, input.seller_id)
    return new StepResponse({ id: event.id })
  },
)
