import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  loadLotContext,
  locationsOf,
  presentEvents,
  presentLot,
  retrieveLot,
  traceability,
} from "../../../../../lib/traceability/lots"
import { verifyLotIntegrity } from "../../../../../lib/traceability/integrity"
import { refuseLotChange } from "../../../../utils/append-only"

/** GET /admin/ocop/lots/:id → { lot (with product, variant, producer, certificate), events, locations, verification } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const service = traceability(req.scope)
  const [context, events, verification] = await Promise.all([
    loadLotContext(req.scope, [lot]),
    service.listLotHistory(lot.id),
    verifyLotIntegrity(req.scope, lot),
  ])
  res.json({
    lot: presentLot(lot, context),
    events: presentEvents(events),
    locations: locationsOf(events),
    verification,
  })
}

/** A lot's master data is hashed into its history: no change, no deletion (405). */
export const PATCH = refuseLotChange
export const PUT = refuseLotChange
export const DELETE = refuseLotChange
