import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { currentProvinceFor } from "@ocop/reference"
import type { FollowTarget } from "../../../modules/follow"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"

/**
 * What a customer asks to follow exists: an OCOP producer, one of the 34 provinces (an old name is
 * mapped to its current unit), or an event. Returns the target's canonical id; 400 naming target_id.
 */
export const resolveFollowTargetStep = createStep(
  "ocop-resolve-follow-target",
  async (
    input: { target_type: FollowTarget; target_id: string },
    { container },
  ): Promise<StepResponse<{ target_type: FollowTarget; target_id: string }>> => {
    const unknown = (what: string) =>
      new MedusaError(MedusaError.Types.INVALID_DATA, `target_id: no ${what} "${input.target_id}"`)
    if (input.target_type === "province") {
      const province: string | null = currentProvinceFor(input.target_id)
      if (!province) throw unknown("province (one of the 34)")
      return new StepResponse({ target_type: input.target_type, target_id: province })
    }
    if (input.target_type === "producer") {
      const [subject] = await container
        .resolve<any>(CERTIFICATION_MODULE)
        .listOcopSubjects({ id: input.target_id }, { select: ["id"], take: 1 })
      if (!subject) throw unknown("OCOP producer")
    } else {
      const [event] = await container
        .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
        .listTradeEvents({ id: input.target_id }, { select: ["id"], take: 1 })
      if (!event) throw unknown("event")
    }
    return new StepResponse({ target_type: input.target_type, target_id: input.target_id })
  },
)
