import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * 405 for attempts to rewrite history: events are append-only, and a lot's master data is hashed
 * into its chain. The answer says what to do instead.
 */
export function refuseEventChange(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Allow", req.params.event_id ? "GET" : "GET, POST")
  res.status(405).json({
    type: "not_allowed",
    field: req.params.event_id ? "event_id" : "events",
    message:
      `event_id: the history of a lot is append-only — recorded events can be neither changed nor deleted (${req.method} refused). ` +
      `To correct an event, POST /admin/ocop/lots/${req.params.id}/events with corrects_event_id and correction_reason.`,
  })
}

export function refuseLotChange(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Allow", "GET")
  res.status(405).json({
    type: "not_allowed",
    field: "lot",
    message:
      `lot: a lot's master data is part of its tamper-evident history and cannot be changed or deleted (${req.method} refused). ` +
      "Record a correcting event, or register a new lot.",
  })
}
