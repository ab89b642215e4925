import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** Records a return request; the compensation removes it. */
export const createSellerReturnStep = createStep(
  "marketplace-create-seller-return",
  async (input: Record<string, unknown>, { container }) => {
    const created = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerReturns(input as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerReturns(id)
  },
)
