import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const markInviteAcceptedStep = createStep(
  "marketplace-mark-invite-accepted",
  async (id: string, { container }) => {
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerInvites({ id, accepted_at: new Date() })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerInvites({ id, accepted_at: null })
  },
)
