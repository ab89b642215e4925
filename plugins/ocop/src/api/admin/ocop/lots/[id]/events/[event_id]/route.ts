import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../../../lib/errors"
import { presentEvent, traceability } from "../../../../../../../lib/traceability/lots"
import { refuseEventChange } from "../../../../../../utils/append-only"

/** GET /admin/ocop/lots/:id/events/:event_id → { event } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = traceability(req.scope)
  const [event] = await service.listTraceEvents({ id: req.params.event_id, lot_id: req.params.id }, { take: 1 })
  if (!event) throw notFound(`No event ${req.params.event_id} in lot ${req.params.id}`)
  const corrections = await service.listTraceEvents({ corrects_event_id: event.id }, { select: ["id"], take: null })
  res.json({
    event: presentEvent(
      event,
      corrections.map((c) => c.id),
    ),
  })
}

/** Recorded events are never changed or deleted: 405 naming event_id, with what to do instead. */
export const PATCH = refuseEventChange
export const PUT = refuseEventChange
export const DELETE = refuseEventChange
