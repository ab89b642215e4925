import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveSessionBoard } from "../../../../../../lib/live-sessions"
import { pinLiveProductWorkflow } from "../../../../../../workflows/live/workflows/pin-live-product"
import type { LivePinBodyType } from "../../../../../validators/live-pins"

/** POST /admin/ocop/events/:id/pins { product_id, discount? } → { pins, figures }: the office pins any product on a live session. */
export const POST = async (req: AuthenticatedMedusaRequest<LivePinBodyType>, res: MedusaResponse) => {
  await pinLiveProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, event_id: req.params.id, seller_id: null, pinned_by: req.auth_context.actor_id },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id])).get(req.params.id))
}
