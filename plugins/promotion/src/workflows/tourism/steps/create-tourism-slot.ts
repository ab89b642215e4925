import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TOURISM_MODULE, type TourismModuleService } from "../../../modules/tourism"
import { tourismRefusal } from "../../../lib/tourism-errors"

export type CreateTourismSlotInput = {
  seller_id: string
  product_id: string
  variant_id: string
  starts_at: Date
  capacity: number
}

export const createTourismSlotStep = createStep(
  "create-tourism-slot",
  async (input: CreateTourismSlotInput, { container }) => {
    const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
    const [same] = await tourism.listTourismSlots({ variant_id: input.variant_id, starts_at: input.starts_at })
    if (same) throw tourismRefusal("slot_exists", `variant ${input.variant_id} already has a slot at that time`)
    try {
      const slot = await tourism.createTourismSlots(input)
      return new StepResponse(slot, slot.id)
    } catch (error) {
      // Two requests for the same time at once: the unique index answers for the second.
      if (/unique|duplicate|already exists/i.test(String((error as Error).message)))
        throw tourismRefusal("slot_exists", `variant ${input.variant_id} already has a slot at that time`)
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<TourismModuleService>(TOURISM_MODULE).deleteTourismSlots(id)
  },
)
