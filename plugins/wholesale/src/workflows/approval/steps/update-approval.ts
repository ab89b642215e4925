import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * Moves an approval from `from` to new values (400 when it is not in `from` any more, e.g. decided
 * meanwhile); the compensation puts the previous values back.
 */
export const updateApprovalStep = createStep(
  "wholesale-update-approval",
  async (input: { id: string; from: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const before = await service.retrieveOrderApproval(input.id)
    if (before.status !== input.from)
      throw invalid("status", "approval_status", `this approval is ${before.status}, not ${input.from}`)
    const approval = await service.updateOrderApprovals({ id: input.id, ...input.data } as any)
    const previous = Object.fromEntries(Object.keys(input.data).map((key) => [key, (before as any)[key]]))
    return new StepResponse(approval, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).updateOrderApprovals(previous as any)
  },
)
