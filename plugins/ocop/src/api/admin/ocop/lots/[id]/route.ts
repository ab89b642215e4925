import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  loadLotContext,
  locationsOf,
  presentEvents,
  presentLot,
  presentVerification,
  retrieveLot,
  traceability,
} from "../../../../../lib/traceability/lots"
import { refuseLotChange } from "../../../../utils/append-only"

/** GET /admin/ocop/lots/:id → { lot (with product, variant, producer, certificate), events, locations, verification } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const service = traceability(req.scope)
  const [context, events, verification] = await Promise.all([
    loadLotContext(req.scope, [lot]),
    service.listLotHistory(lot.id),
    service.verifyTraceLot(lot.id),
  ])
  res.json({
    lot: presentLot(lot, context),
    events: presentEvents(events),
    locations: locationsOf(events),
    verification: presentVerification(verification),
  })
}

/** A lot's master data is hashed into its history: no change, no deletion (405). */
export const PATCH = refuseLotChange
export const PUT = refuseLotChange
export const DELETE = refuseLotChange
