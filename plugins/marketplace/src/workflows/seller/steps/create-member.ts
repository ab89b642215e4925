import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { MemberRole } from "../types"

export const createMemberStep = createStep(
  "marketplace-create-member",
  async (data: { seller_id: string; email: string; role: MemberRole }, { container }) => {
    const member = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerMembers(data)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerMembers(id)
  },
)
