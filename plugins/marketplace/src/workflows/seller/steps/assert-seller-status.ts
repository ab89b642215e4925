import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** Refuses (400) unless the seller is in one of `allowed` statuses; `action` completes "a pending seller cannot …". */
export const assertSellerStatusStep = createStep(
  "marketplace-assert-seller-status",
  async (input: { id: string; allowed: string[]; action: string }, { container }) => {
    const seller = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .retrieveSeller(input.id, { select: ["id", "status"] })
    if (!input.allowed.includes(seller.status)) {
      throw invalid("status", "seller_status", `a ${seller.status} seller cannot ${input.action}`)
    }
    return new StepResponse(seller)
  },
)
