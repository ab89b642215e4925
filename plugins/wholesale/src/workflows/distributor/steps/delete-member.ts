import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/** Removes a member (soft delete, restored by the compensation). */
export const deleteMemberStep = createStep(
  "wholesale-delete-member",
  async (id: string, { container }) => {
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).softDeleteDistributorMembers(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).restoreDistributorMembers(id)
  },
)
