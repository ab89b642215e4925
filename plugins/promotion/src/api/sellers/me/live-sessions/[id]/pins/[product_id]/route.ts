import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { liveSessionBoard } from "../../../../../../../lib/live-sessions"
import { unpinLiveProductWorkflow } from "../../../../../../../workflows/live/workflows/unpin-live-product"

/** DELETE /sellers/me/live-sessions/:id/pins/:product_id → { pins, figures }: unpins one of its own products. */
export const DELETE = async (req: SellerRequest, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  await unpinLiveProductWorkflow(req.scope).run({
    input: { event_id: req.params.id, product_id: req.params.product_id, seller_id: sellerId },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id], sellerId)).get(req.params.id))
}
