import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FOLLOW_MODULE, type FollowModuleService } from "../../../../modules/follow"
import { followLabels } from "../../../../lib/follow-labels"
import { followWorkflow } from "../../../../workflows/follows/workflows/follow"
import type { StoreFollowType } from "./validators"

/** GET /store/ocop/follows → { follows: [{ id, target_type, target_id, label }] }: what the signed-in customer follows. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const follows = await req.scope
    .resolve<FollowModuleService>(FOLLOW_MODULE)
    .listFollows(
      { customer_id: req.auth_context.actor_id },
      { select: ["id", "target_type", "target_id", "created_at"], order: { created_at: "DESC" } },
    )
  const labels = await followLabels(req.scope, follows)
  res.json({ follows: follows.map((f) => ({ ...f, label: labels.get(f.target_id) ?? f.target_id })) })
}

/** POST /store/ocop/follows { target_type: producer|province|event, target_id } → 201 { follow } */
export const POST = async (req: AuthenticatedMedusaRequest<StoreFollowType>, res: MedusaResponse) => {
  const { result } = await followWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({
    follow: {
      id: result.id,
      target_type: result.target_type,
      target_id: result.target_id,
      created_at: result.created_at,
    },
  })
}
