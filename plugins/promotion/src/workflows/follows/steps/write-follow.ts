import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FOLLOW_MODULE, type FollowModuleService, type FollowTarget } from "../../../modules/follow"

type FollowInput = { customer_id: string; target_type: FollowTarget; target_id: string }

/** Follows the target (following twice keeps one follow); compensation removes a follow it created. */
export const createFollowStep = createStep(
  "ocop-create-follow",
  async (input: FollowInput, { container }) => {
    const service = container.resolve<FollowModuleService>(FOLLOW_MODULE)
    const [existing] = await service.listFollows(input, { take: 1 })
    if (existing) return new StepResponse(existing, null)
    const follow = await service.createFollows(input)
    return new StepResponse(follow, follow.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<FollowModuleService>(FOLLOW_MODULE).deleteFollows(createdId)
  },
)

/** Unfollows (a soft delete); compensation restores it. */
export const deleteFollowStep = createStep(
  "ocop-delete-follow",
  async (input: { id: string }, { container }) => {
    await container.resolve<FollowModuleService>(FOLLOW_MODULE).softDeleteFollows(input.id)
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FollowModuleService>(FOLLOW_MODULE).restoreFollows(id)
  },
)
