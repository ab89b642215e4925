import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveSessionBoard } from "../../../../../../lib/live-sessions"
import { reorderLivePinsWorkflow } from "../../../../../../workflows/live/workflows/reorder-live-pins"
import type { LivePinOrderBodyType } from "../../../../../validators/live-pins"

/** POST /admin/ocop/events/:id/pin-order { product_ids } → { pins, figures } */
export const POST = async (req: AuthenticatedMedusaRequest<LivePinOrderBodyType>, res: MedusaResponse) => {
  await reorderLivePinsWorkflow(req.scope).run({
    input: { event_id: req.params.id, seller_id: null, product_ids: req.validatedBody.product_ids },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id])).get(req.params.id))
}
