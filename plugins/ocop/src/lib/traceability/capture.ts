import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { invalid } from "../errors"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { EPCIS_FIELD_NAMES, mapEpcisEvent } from "../../modules/traceability/epcis/capture"
import { OCOP_NAMESPACE } from "../../modules/traceability/epcis/document"
import { validateEpcisDocument, validateEpcisEvent } from "../../modules/traceability/epcis/validate"
import { checkEventInput } from "../../modules/traceability/validate-event"
import { appendTraceEventWorkflow } from "../../workflows/traceability/workflows/append-trace-event"
import { traceability } from "./lots"

type Row = Record<string, any>

export const MAX_CAPTURE_EVENTS = 1000

export interface CaptureProblem {
  field: string
  message: string
}

export interface CaptureResult {
  received: number
  captured: { index: number; event_id: string; lot_id: string; sequence: number; epcis_event_id: string | null }[]
  errors: { index: number; epcis_event_id: string | null; errors: CaptureProblem[] }[]
}

/**
 * Captures an EPCIS 2.0 document for a producer. The document's envelope must be valid against
 * GS1's schema (else 400, nothing written). Then each event on its own: valid against the schema,
 * naming one lot of ours (GS1 Digital Link or LGTIN class), of THIS producer, with CBV values and
 * a plausible time, not captured before → appended in its own transaction; otherwise reported by
 * its index with the reasons. Good events are kept even when others are refused.
 */
export async function captureEpcisDocument(
  container: MedusaContainer,
  document: unknown,
  subjectId: string,
  now = new Date(),
  userId: string | null = null,
): Promise<CaptureResult> {
  if (!document || typeof document !== "object" || Array.isArray(document)) {
    throw invalid(
      "body",
      "epcis_document",
      'send an EPCIS 2.0 JSON-LD document: { "@context", "type": "EPCISDocument", "schemaVersion", "creationDate", "epcisBody": { "eventList": [...] } }',
    )
  }
  const doc = document as Row
  if (doc.type !== "EPCISDocument")
    throw invalid("type", "epcis_document", `expected "EPCISDocument", got ${JSON.stringify(doc.type ?? null)}`)
  const events = doc.epcisBody?.eventList
  if (!Array.isArray(events)) throw invalid("epcisBody.eventList", "required", "the document has no event list")
  if (events.length > MAX_CAPTURE_EVENTS)
    throw invalid("epcisBody.eventList", "size", `at most ${MAX_CAPTURE_EVENTS} events per document`)
  const envelope = validateEpcisDocument({ ...doc, epcisBody: { ...doc.epcisBody, eventList: [] } })
  if (!envelope.valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `the document is not a valid EPCIS 2.0 document: ${envelope.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`,
    )
  }
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [subject] = await certification.listOcopSubjects({ id: subjectId }, { select: ["id", "legal_name"], take: 1 })
  if (!subject) throw invalid("subject_id", "exists", `no OCOP subject ${subjectId}`)

  const service = traceability(container)
  const result: CaptureResult = { received: events.length, captured: [], errors: [] }
  const lotCache = new Map<string, Row | null>()

  for (let index = 0; index < events.length; index++) {
    const event = events[index] as Row
    const epcisId = typeof event?.eventID === "string" ? event.eventID : null
    const refuse = (errors: CaptureProblem[]) => result.errors.push({ index, epcis_event_id: epcisId, errors })

    const schema = validateEpcisEvent(event)
    if (!schema.valid) {
      refuse(
        schema.errors.map((e) => ({
          field: e.path === "/" ? "event" : e.path.slice(1).replace(/\//g, "."),
          message: e.message,
        })),
      )
      continue
    }
    const mapped = mapEpcisEvent(event)
    if (!mapped.ok) {
      refuse(mapped.errors.map((e) => ({ field: e.field, message: e.message })))
      continue
    }
    const key = `${mapped.lot.gtin14}|${mapped.lot.lot_code}`
    if (!lotCache.has(key)) {
      const [lot] = await service.listTraceLots(
        { gtin14: mapped.lot.gtin14, lot_code: mapped.lot.lot_code },
        { take: 1 },
      )
      lotCache.set(key, (lot as Row) ?? null)
    }
    const lot = lotCache.get(key)
    if (!lot) {
      refuse([
        {
          field: mapped.field,
          message: `no lot ${mapped.lot.lot_code} of GTIN ${mapped.lot.gtin14} is registered on this marketplace`,
        },
      ])
      continue
    }
    if (lot.subject_id !== subjectId) {
      refuse([
        {
          field: mapped.field,
          message: `lot ${mapped.lot.lot_code} of GTIN ${mapped.lot.gtin14} belongs to another producer: refused`,
        },
      ])
      continue
    }
    const checked = checkEventInput(mapped.input, now, EPCIS_FIELD_NAMES)
    if (!checked.ok) {
      refuse(checked.errors.map((e) => ({ field: e.field, message: e.message })))
      continue
    }
    if (epcisId) {
      const ours = epcisId.startsWith(`${OCOP_NAMESPACE}event:`)
        ? epcisId.slice(`${OCOP_NAMESPACE}event:`.length)
        : null
      const [existing] = await service.listTraceEvents(ours ? { id: ours } : { external_event_id: epcisId }, {
        select: ["id"],
        take: 1,
      })
      if (existing) {
        refuse([
          {
            field: "eventID",
            message: `event ${epcisId} is already recorded (${existing.id}): it is not captured twice`,
          },
        ])
        continue
      }
    }
    try {
      const { result: created } = await appendTraceEventWorkflow(container).run({
        input: {
          lot_id: lot.id,
          event: checked.value,
          subject_id: subjectId,
          now: now.toISOString(),
          // The document is the producer's: its events carry the producer, never an authority.
          recorder: {
            type: "epcis_capture",
            user_id: userId,
            subject_id: subjectId,
            name: subject.legal_name as string,
          },
        },
      })
      result.captured.push({
        index,
        event_id: created.id,
        lot_id: lot.id,
        sequence: created.sequence,
        epcis_event_id: epcisId,
      })
    } catch (error) {
      const message = (error as Error).message ?? String(error)
      refuse([
        {
          field: /eventID|external_event_id/.test(message) ? "eventID" : "event",
          message: /duplicate key/i.test(message) ? `event ${epcisId} appears twice` : message,
        },
      ])
    }
  }
  return result
}
