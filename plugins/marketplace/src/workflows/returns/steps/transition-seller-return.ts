import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { ReturnStatus } from "../../../modules/seller/models"

/**
 * Moves a return request on from one of `from` (400 otherwise: "a return that is refused cannot be
 * accepted"), with its part's number for the event; the compensation puts back the previous values.
 */
export const transitionSellerReturnStep = createStep(
  "marketplace-transition-seller-return",
  async (input: { id: string; from: ReturnStatus[]; action: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveSellerReturn(input.id)
    if (!input.from.includes(before.status)) {
      throw invalid("status", "seller_return_status", `a return that is ${before.status} cannot be ${input.action}`)
    }
    const updated = await service.updateSellerReturns({ id: input.id, ...input.data } as any)
    const part = await service.retrieveSellerOrder(before.seller_order_id, { select: ["id", "number"] })
    const restore = Object.fromEntries(Object.keys(input.data).map((key) => [key, (before as any)[key]]))
    return new StepResponse({ ...updated, number: part.number as string }, { id: input.id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerReturns(restore as any)
  },
)
