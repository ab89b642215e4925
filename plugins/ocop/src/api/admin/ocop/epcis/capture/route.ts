import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { captureEpcisDocument } from "../../../../../lib/traceability/capture"

/**
 * POST /admin/ocop/epcis/capture?subject_id=… with an EPCIS 2.0 EPCISDocument (application/ld+json)
 * → { received, captured: [{ index, event_id, lot_id, sequence }], errors: [{ index, errors: [{ field, message }] }] }.
 * 201 when every event was captured, 207 when some were refused (the good ones are kept), 400 when
 * none was (nothing written) or the document itself is invalid.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { subject_id } = req.validatedQuery as { subject_id: string }
  const result = await captureEpcisDocument(
    req.scope,
    req.body,
    subject_id,
    new Date(),
    req.auth_context?.actor_id ?? null,
  )
  const status = result.errors.length === 0 ? 201 : result.captured.length ? 207 : 400
  const message = result.errors.length
    ? `${result.captured.length} of ${result.received} events captured; refused: ` +
      result.errors
        .map((e) => `eventList[${e.index}] (${e.errors.map((x) => `${x.field}: ${x.message}`).join("; ")})`)
        .join(", ")
    : `${result.captured.length} events captured`
  res.status(status).json({ message, ...result })
}
