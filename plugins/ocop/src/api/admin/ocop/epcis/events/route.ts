import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid, ruleErrorsToMedusaError } from "../../../../../lib/errors"
import { EPCIS_MEDIA_TYPE } from "../../../../../modules/traceability/epcis/document"
import { epcisDocumentFor } from "../../../../../lib/traceability/epcis"
import { traceability } from "../../../../../lib/traceability/lots"
import { parseGtin } from "../../../../../rules/gs1"
import { vnDateStart } from "../../../../../rules/vn-date"
import type { AdminEpcisQueryType } from "../../lots/validators"

const DAY_MS = 24 * 60 * 60 * 1000

function instant(value: string, endOfDay: boolean) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(vnDateStart(value).getTime() + (endOfDay ? DAY_MS - 1 : 0))
  return new Date(value)
}

/**
 * GET /admin/ocop/epcis/events?subject_id=&gtin=&lot_code=&from=&to=&limit=&offset= → an EPCIS 2.0
 * EPCISDocument (application/ld+json) with the events of the producer's lots between `from` and
 * `to` (dates are days in Vietnam, inclusive; or ISO instants). X-Total-Count gives the total.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminEpcisQueryType
  const service = traceability(req.scope)
  const lotFilters: Record<string, unknown> = {}
  if (q.subject_id) lotFilters.subject_id = q.subject_id
  if (q.lot_code) lotFilters.lot_code = q.lot_code
  if (q.gtin) {
    const gtin = parseGtin(q.gtin, "gtin")
    if (!gtin.ok) throw ruleErrorsToMedusaError([gtin.error])
    lotFilters.gtin14 = gtin.value
  }
  const from = q.from ? instant(q.from, false) : null
  const to = q.to ? instant(q.to, true) : null
  if (from && to && from > to) throw invalid("from", "range", "from is after to")

  const eventFilters: Record<string, unknown> = {}
  if (Object.keys(lotFilters).length) {
    const lots = await service.listTraceLots(lotFilters, { select: ["id"], take: null })
    eventFilters.lot_id = lots.map((l) => l.id)
  }
  if (from || to) eventFilters.event_time = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  const [events, count] =
    Array.isArray(eventFilters.lot_id) && !(eventFilters.lot_id as string[]).length
      ? [[], 0]
      : await service.listAndCountTraceEvents(eventFilters, {
          skip: q.offset,
          take: q.limit,
          order: { event_time: "ASC", lot_id: "ASC", sequence: "ASC", id: "ASC" },
        })
  const document = await epcisDocumentFor(req.scope, events as Record<string, any>[])
  res.setHeader("Content-Type", `${EPCIS_MEDIA_TYPE}; charset=utf-8`)
  res.setHeader("X-Total-Count", String(count))
  res.send(JSON.stringify(document))
}
