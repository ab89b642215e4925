import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { FOLLOW_MODULE, type FollowModuleService } from "../../../../../modules/follow"
import { unfollowWorkflow } from "../../../../../workflows/follows/workflows/follow"

/** DELETE /store/ocop/follows/:id → { id, deleted } (another customer's follow is a 404) */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [own] = await req.scope
    .resolve<FollowModuleService>(FOLLOW_MODULE)
    .listFollows({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"], take: 1 })
  if (!own) throw notFound(`follow ${req.params.id} not found`)
  await unfollowWorkflow(req.scope).run({ input: { id: own.id } })
  res.json({ id: own.id, object: "follow", deleted: true })
}
