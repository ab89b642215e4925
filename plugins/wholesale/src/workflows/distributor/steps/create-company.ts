import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

export const createCompanyStep = createStep(
  "wholesale-create-company",
  async (data: Record<string, unknown>, { container }) => {
    const company = await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .createDistributorCompanies(data as any)
    return new StepResponse(company, company.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).deleteDistributorCompanies(id)
  },
)
