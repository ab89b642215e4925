import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const createSellerStep = createStep(
  "marketplace-create-seller",
  async (data: Record<string, unknown>, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers(data as any)
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellers(id)
  },
)
