import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentEvent, presentEvents, retrieveLot, traceability } from "../../../../../../lib/traceability/lots"
import { appendTraceEventWorkflow } from "../../../../../../workflows/traceability/workflows/append-trace-event"
import { refuseEventChange } from "../../../../../utils/append-only"
import type { AdminAppendTraceEventType } from "../../validators"

/** GET /admin/ocop/lots/:id/events → { events } in chain order */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  res.json({ events: presentEvents(await traceability(req.scope).listLotHistory(lot.id)) })
}

/**
 * POST /admin/ocop/lots/:id/events → 201 { event }: appends an EPCIS event (event_type, action,
 * biz_step, disposition, event_time with its offset, read_point, biz_location, actor, quantities,
 * attachments, source, destination, …). A correction names corrects_event_id and correction_reason.
 * An authority's inspection (actor role certifier / inspector) is recorded here only, in the
 * authority's name; the event keeps the admin who recorded it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAppendTraceEventType>, res: MedusaResponse) => {
  const { subject_id, ...event } = req.validatedBody
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: {
      lot_id: req.params.id,
      subject_id: subject_id ?? null,
      event: event as any,
      recorder: { type: "admin", user_id: req.auth_context?.actor_id ?? null },
    },
  })
  res.status(201).json({ event: presentEvent(result) })
}

export const PATCH = refuseEventChange
export const PUT = refuseEventChange
export const DELETE = refuseEventChange
