import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** Updates one seller; the compensation restores the previous values of the changed fields. */
export const updateSellerStep = createStep(
  "marketplace-update-seller",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveSeller(input.id, { select: ["id", ...Object.keys(input.data)] as any })
    const seller = await service.updateSellers({ id: input.id, ...input.data } as any)
    return new StepResponse(seller, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(before as any)
  },
)
