import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@ocop/plugin-ocop/errors"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"

/** Closes a slot of the seller's to new bookings; bookings made stay valid. Closing twice changes nothing. */
export const closeTourismSlotStep = createStep(
  "close-tourism-slot",
  async (input: { seller_id: string; slot_id: string }, { container }) => {
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    const [slot] = await tourism.listTourismSlots({ id: input.slot_id, seller_id: input.seller_id })
    if (!slot) throw notFound(`slot ${input.slot_id} not found`)
    if (slot.closed_at) return new StepResponse(slot, null)
    const closed = await tourism.updateTourismSlots({ id: slot.id, closed_at: new Date() })
    return new StepResponse(closed, slot.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TourismModuleService>(TOURISM_MODULE).updateTourismSlots({ id, closed_at: null })
  },
)
