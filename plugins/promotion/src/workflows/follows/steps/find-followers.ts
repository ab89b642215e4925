import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FOLLOW_MODULE, type FollowModuleService, type FollowTarget } from "../../../modules/follow"

/** The customers (id and e-mail) who follow any of these targets, each once. Reads only. */
export const findFollowersStep = createStep(
  "ocop-find-followers",
  async (input: { targets: { target_type: FollowTarget; target_id: string }[] }, { container }) => {
    if (!input.targets.length) return new StepResponse([] as { id: string; email: string }[])
    const follows = await container
      .resolve<FollowModuleService>(FOLLOW_MODULE)
      .listFollows({ $or: input.targets } as any, { select: ["customer_id"] })
    const ids = [...new Set(follows.map((f) => f.customer_id))]
    if (!ids.length) return new StepResponse([] as { id: string; email: string }[])
    const customers = await container
      .resolve<ICustomerModuleService>(Modules.CUSTOMER)
      .listCustomers({ id: ids }, { select: ["id", "email"] })
    return new StepResponse(customers.filter((c) => c.email).map((c) => ({ id: c.id, email: c.email! })))
  },
)
