import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/** Updates one company; the compensation restores the previous values of the changed fields. */
export const updateCompanyStep = createStep(
  "wholesale-update-company",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const before = await service.retrieveDistributorCompany(input.id, {
      select: ["id", ...Object.keys(input.data)] as any,
    })
    const company = await service.updateDistributorCompanies({ id: input.id, ...input.data } as any)
    return new StepResponse(company, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).updateDistributorCompanies(before as any)
  },
)
