import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { liveSessionBoard } from "../../../../../../lib/live-sessions"
import { reorderLivePinsWorkflow } from "../../../../../../workflows/live/workflows/reorder-live-pins"
import type { LivePinOrderBodyType } from "../../../../../validators/live-pins"

/** POST /sellers/me/live-sessions/:id/pin-order { product_ids } → { pins, figures }: reorders its own pinned products. */
export const POST = async (req: SellerRequest<LivePinOrderBodyType>, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  await reorderLivePinsWorkflow(req.scope).run({
    input: { event_id: req.params.id, seller_id: sellerId, product_ids: req.validatedBody.product_ids },
  })
  res.json((await liveSessionBoard(req.scope, [req.params.id], sellerId)).get(req.params.id))
}
