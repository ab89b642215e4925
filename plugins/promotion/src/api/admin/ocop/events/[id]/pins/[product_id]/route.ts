import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveSessionBoard } from "../../../../../../../lib/live-sessions"
import { unpinLiveProductWorkflow } from "../../../../../../../workflows/live/workflows/unpin-live-product"

/** DELETE /admin/ocop/events/:id/pins/:product_id → { pins, figures } */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unpinLiveProductWorkflow(req.scope).run({
    input: { event_id: req.params.id, product_id: req.params.product_id, seller_id: null },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id])).get(req.params.id))
}
