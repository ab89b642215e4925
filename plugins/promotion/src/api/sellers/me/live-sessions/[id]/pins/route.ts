import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { liveSessionBoard } from "../../../../../../lib/live-sessions"
import { pinLiveProductWorkflow } from "../../../../../../workflows/live/workflows/pin-live-product"
import type { LivePinBodyType } from "../../../../../validators/live-pins"

/**
 * POST /sellers/me/live-sessions/:id/pins { product_id, discount? } → { pins }: pins one of the
 * cooperative's own products on a session it runs, with its session price (pinning again re-prices).
 */
export const POST = async (req: SellerRequest<LivePinBodyType>, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  await pinLiveProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, event_id: req.params.id, seller_id: sellerId, pinned_by: req.member.id },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id], sellerId)).get(req.params.id))
}
