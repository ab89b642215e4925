import type { MedusaContainer } from "@medusajs/framework/types"
import { buildEpcisDocument, type ExportEvent, type ExportLot } from "../../modules/traceability/epcis/document"
import { traceability } from "./lots"
import { digitalLinkHost } from "./config"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/**
 * An EPCISDocument with the given events; their lots are loaded, and so are the events that
 * correct them (outside the selection too), which the export declares with `errorDeclaration`.
 */
export async function epcisDocumentFor(container: Container, events: Row[], now = new Date(), verification?: unknown) {
  const service = traceability(container)
  const lotIds = [...new Set(events.map((e) => e.lot_id))]
  const lots = lotIds.length ? ((await service.listTraceLots({ id: lotIds }, { take: null })) as Row[]) : []
  const ids = events.map((e) => e.id)
  const corrections = ids.length
    ? ((await service.listTraceEvents({ corrects_event_id: ids }, { take: null })) as Row[]).filter(
        (c) => !ids.includes(c.id),
      )
    : []
  return buildEpcisDocument({
    lots: lots as unknown as ExportLot[],
    events: events as unknown as ExportEvent[],
    corrections: corrections as unknown as ExportEvent[],
    now,
    sender: digitalLinkHost(),
    verification,
  })
}
