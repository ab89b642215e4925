import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"
import type { DistributorRole } from "../../../modules/distributor/models"

export interface CreateMemberData {
  company_id: string
  /** null: an invitation, until the person accepts it signed in with `email` */
  customer_id: string | null
  email: string
  role: DistributorRole
  spending_limit?: number | null
  joined_at?: Date | null
}

export const createMemberStep = createStep(
  "wholesale-create-member",
  async (data: CreateMemberData, { container }) => {
    const member = await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .createDistributorMembers(data as any)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).deleteDistributorMembers(id)
  },
)
