/**
 * GS1 Digital Link resolution for the storefront: `/01/{gtin}/10/{lot}` is what the QR code on a
 * jar of honey encodes. A person's phone gets the trace page; a machine asking for
 * `application/ld+json` (or `?format=epcis`) gets the lot's history as EPCIS 2.0 JSON-LD.
 * Both come from the backend's public API `GET /store/ocop/trace/01/:gtin/10/:lot`.
 */
import type { TraceLocation } from "@ocop/reference"
import { errorMessage, errorStatus, sdk } from "./medusa.server"
import { PUBLIC_CACHE } from "./http.server"

export const EPCIS_MEDIA_TYPE = "application/ld+json"

export type { TraceLocation }

export type TraceEvent = {
  id: string
  sequence: number
  event_type: string
  action: string
  biz_step: string
  biz_step_label: { vi: string; en: string }
  disposition: string | null
  event_time: string
  event_time_zone_offset: string
  local_time: string
  read_point: TraceLocation | null
  biz_location: TraceLocation | null
  actor: { name: string; role?: string | null } | null
  /** Who recorded the event: the producer ("seller", "epcis_capture"), the marketplace administration ("admin"), the demo data ("seed"). */
  recorded_by?: { type: string; authority: boolean; name: string | null }
  quantities: { quantity: number; uom?: string | null; epc_class?: string | null; role?: string | null }[]
  attachments: { url: string; kind: string; name?: string | null }[]
  source: { name?: string | null; gln?: string | null } | null
  destination: { name?: string | null; gln?: string | null; address?: string | null } | null
  note: string | null
  corrects_event_id: string | null
  correction_reason: string | null
  corrected_by: string[]
  content_hash: string
}

export type TracePage = {
  id: string
  gtin14: string
  lot_code: string
  digital_link: string
  production_date: string
  best_before: string | null
  expiry_date: string | null
  quantity_produced: number
  unit: string
  origin_area: string
  inputs: { gtin?: string | null; lot?: string | null; producer?: string | null; name?: string | null }[]
  product: {
    id: string
    title: string
    title_en: string | null
    handle: string
    thumbnail: string | null
    producer_key?: string | null
  } | null
  variant: { id: string; title: string; title_en: string | null; sku: string | null } | null
  producer: { id: string; legal_name: string; type: string; address: string; province: string } | null
  certificate: {
    id?: string
    decision_number: string
    decision_date: string
    stars: number
    status: string
    valid: boolean
    valid_until: string
    /** The day it stopped being valid (revocation day, or the day after valid_until); null while valid. */
    ended_on: string | null
    authority: string
    revocation_reason: string | null
  } | null
  events: TraceEvent[]
  locations: (TraceLocation & { steps: string[]; first_seen: string | null })[]
  verification: {
    valid: boolean
    checked: number
    first_broken?: { event_id: string | null; sequence: number; reason: string; message: string }
    /** The published digest the history was checked against (null: not in a digest yet). */
    digest?: {
      sequence: number
      day: string
      root: string
      leaf_count: number
      url: string
      event_count: number
      matches: boolean
    } | null
  }
  checked_at: string
}

export type TraceResult =
  | { kind: "found"; trace: TracePage }
  | { kind: "not_found"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "unavailable" }

/** The backend path of a lot; the lot is percent-encoded again (a `/` in a lot number stays one segment). */
export function tracePath(gtin: string, lot: string) {
  return `/store/ocop/trace/01/${encodeURIComponent(gtin)}/10/${encodeURIComponent(lot)}`
}

/** `?format=epcis`, or an Accept header that asks for JSON-LD before HTML. */
export function wantsEpcis(request: Request): boolean {
  const url = new URL(request.url)
  const format = url.searchParams.get("format")
  if (format === "epcis") return true
  if (format) return false
  const accept = (request.headers.get("accept") ?? "").toLowerCase()
  if (!accept.includes(EPCIS_MEDIA_TYPE)) return false
  const html = accept.indexOf("text/html")
  return html < 0 || accept.indexOf(EPCIS_MEDIA_TYPE) < html
}

export async function getTrace(gtin: string, lot: string): Promise<TraceResult> {
  try {
    const { trace } = await sdk.client.fetch<{ trace: TracePage }>(tracePath(gtin, lot), { query: { format: "json" } })
    return { kind: "found", trace }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404) return { kind: "not_found", message: errorMessage(error) }
    if (status === 400) return { kind: "invalid", message: errorMessage(error) }
    console.warn("[trace] backend unavailable:", errorMessage(error))
    return { kind: "unavailable" }
  }
}

/**
 * The lot's EPCIS 2.0 document as a Response (`application/ld+json`), passed through from the
 * backend; 404/400 as JSON with the backend's message; 503 when the backend does not answer.
 */
export async function epcisResponse(gtin: string, lot: string): Promise<Response> {
  const json = (status: number, message: string) =>
    new Response(JSON.stringify({ message }), {
      status,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", Vary: "Accept" },
    })
  try {
    const response = (await sdk.client.fetch<Response>(tracePath(gtin, lot), {
      query: { format: "epcis" },
      headers: { accept: EPCIS_MEDIA_TYPE },
    })) as unknown as Response
    return new Response(await response.text(), {
      status: 200,
      headers: {
        "Content-Type": `${EPCIS_MEDIA_TYPE}; charset=utf-8`,
        "Cache-Control": PUBLIC_CACHE,
        Vary: "Accept",
        Link: `<https://ref.gs1.org/standards/epcis/epcis-context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"`,
      },
    })
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 400) return json(status, errorMessage(error))
    console.warn("[trace] backend unavailable:", errorMessage(error))
    return json(503, "The traceability service is unavailable; try again shortly.")
  }
}
