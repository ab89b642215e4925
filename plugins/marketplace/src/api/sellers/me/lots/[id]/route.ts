import type { MedusaResponse } from "@medusajs/framework/http"
import { loadLotContext, presentEvents, presentLot, traceability } from "@ocop/plugin-ocop/lots"
import type { SellerRequest } from "../../../../../lib/current-member"
import { ownLot } from "../../../../../lib/seller-lots"

/** GET /sellers/me/lots/:id → { lot, events } (404 for another seller's lot) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const lot = await ownLot(req.scope, req.member.seller_id, req.params.id)
  res.json({
    lot: presentLot(lot, await loadLotContext(req.scope, [lot])),
    events: presentEvents(await traceability(req.scope).listLotHistory(lot.id)),
  })
}
