import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../errors"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import type { TraceLocation } from "../../modules/traceability/types"
import { isAuthorityRole } from "../../modules/traceability/actors"
import { BIZ_STEP_LABELS, type BizStep } from "../../modules/traceability/vocabulary"
import { formatWithOffset } from "../../modules/traceability/epcis/document"
import { standingAt, statusAt } from "../../rules"
import { presentDecisionStanding } from "../present"
import { buildDigitalLink, lotEpcClass } from "../../rules/gs1"
import { digitalLinkHost } from "./config"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

export function traceability(container: Container) {
  return container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
}

export async function retrieveLot(container: Container, id: string): Promise<Row> {
  const [lot] = await traceability(container).listTraceLots({ id }, { take: 1 })
  if (!lot) throw notFound(`No lot ${id}`)
  return lot as Row
}

export function iso(value: unknown): string | null {
  return value ? new Date(value as string).toISOString() : null
}

export function presentTradeItem(item: Row) {
  return {
    id: item.id,
    gtin14: item.gtin14,
    variant_id: item.variant_id,
    product_id: item.product_id,
    created_at: iso(item.created_at),
  }
}

export function lotDigitalLink(lot: { gtin14: string; lot_code: string }) {
  return buildDigitalLink({ host: digitalLinkHost(), gtin: lot.gtin14, lot: lot.lot_code })
}

export interface LotContext {
  variants: Map<string, Row>
  subjects: Map<string, Row>
  /** product id → the certificate to show: the one valid now, else the latest. */
  certificates: Map<string, Row>
}

/** Variants (with their product), producers and certificates of some lots: a constant number of queries. */
export async function loadLotContext(container: Container, lots: Row[], at = new Date()): Promise<LotContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const variantIds = [...new Set(lots.map((l) => l.variant_id))]
  const productIds = [...new Set(lots.map((l) => l.product_id))]
  const subjectIds = [...new Set(lots.map((l) => l.subject_id))]
  const [variants, subjects, certificates] = await Promise.all([
    variantIds.length
      ? query
          .graph({
            entity: "product_variant",
            fields: [
              "id",
              "title",
              "sku",
              "metadata",
              "product.id",
              "product.title",
              "product.handle",
              "product.thumbnail",
              "product.metadata",
            ],
            filters: { id: variantIds },
          })
          .then((r) => r.data as Row[])
      : [],
    subjectIds.length ? certification.listOcopSubjects({ id: subjectIds }, { take: null }) : [],
    productIds.length
      ? certification.listOcopCertificates({ product_id: productIds }, { take: null, order: { decision_date: "DESC" } })
      : [],
  ])
  const shown = new Map<string, Row>()
  for (const certificate of certificates as Row[]) {
    const current = shown.get(certificate.product_id)
    const valid = statusAt(certificate as any, at) === "valid"
    if (!current || (valid && statusAt(current as any, at) !== "valid")) shown.set(certificate.product_id, certificate)
  }
  return {
    variants: new Map((variants as Row[]).map((v): [string, Row] => [v.id, v])),
    subjects: new Map((subjects as Row[]).map((s) => [s.id, s])),
    certificates: shown,
  }
}

export function presentCertificateSummary(certificate: Row | undefined, at = new Date()) {
  if (!certificate) return null
  const standing = standingAt(certificate as any, at)
  return {
    id: certificate.id,
    ...presentDecisionStanding(certificate, standing),
    authority: certificate.authority_name,
    authority_level: certificate.authority_level,
    revocation_reason: standing.reason,
  }
}

export function presentProducer(subject: Row | undefined) {
  if (!subject) return null
  return {
    id: subject.id,
    legal_name: subject.legal_name,
    type: subject.type,
    address: subject.address,
    province: subject.province,
    historical_province: subject.historical_province ?? null,
  }
}

export function presentLot(lot: Row, context?: LotContext) {
  const variant = context?.variants.get(lot.variant_id)
  const presented: Row = {
    id: lot.id,
    gtin14: lot.gtin14,
    lot_code: lot.lot_code,
    digital_link: lotDigitalLink(lot as any),
    epc_class: lotEpcClass(lot.gtin14, lot.lot_code),
    variant_id: lot.variant_id,
    product_id: lot.product_id,
    subject_id: lot.subject_id,
    production_date: lot.production_date,
    best_before: lot.best_before ?? null,
    expiry_date: lot.expiry_date ?? null,
    quantity_produced: lot.quantity_produced,
    unit: lot.unit,
    origin_area: lot.origin_area,
    inputs: lot.inputs ?? [],
    master_hash: lot.master_hash,
    created_at: iso(lot.created_at),
  }
  if (context) {
    presented.product = variant?.product
      ? {
          id: variant.product.id,
          title: variant.product.title,
          title_en: variant.product.metadata?.title_en ?? null,
          handle: variant.product.handle,
          thumbnail: variant.product.thumbnail ?? null,
          producer_key: variant.product.metadata?.producer_key ?? null,
        }
      : null
    presented.variant = variant
      ? { id: variant.id, title: variant.title, title_en: variant.metadata?.title_en ?? null, sku: variant.sku ?? null }
      : null
    presented.producer = presentProducer(context.subjects.get(lot.subject_id))
    presented.certificate = presentCertificateSummary(context.certificates.get(lot.product_id))
  }
  return presented
}

export function presentEvent(event: Row, correctedBy: string[] = []) {
  const label = BIZ_STEP_LABELS[event.biz_step as BizStep]
  return {
    id: event.id,
    lot_id: event.lot_id,
    sequence: event.sequence,
    event_type: event.event_type,
    action: event.action,
    biz_step: event.biz_step,
    biz_step_label: label ?? {
      vi: String(event.biz_step).replace(/_/g, " "),
      en: String(event.biz_step).replace(/_/g, " "),
    },
    disposition: event.disposition ?? null,
    event_time: iso(event.event_time),
    event_time_zone_offset: event.event_time_zone_offset,
    /** The event's wall-clock time where it happened, e.g. 2025-08-15T07:30:00.000+07:00. */
    local_time: formatWithOffset(event.event_time, event.event_time_zone_offset),
    read_point: event.read_point ?? null,
    biz_location: event.biz_location ?? null,
    actor: event.actor ?? null,
    quantities: event.quantities ?? [],
    attachments: event.attachments ?? [],
    source: event.source ?? null,
    destination: event.destination ?? null,
    biz_transactions: event.biz_transactions ?? [],
    parent_id: event.parent_id ?? null,
    note: event.note ?? null,
    corrects_event_id: event.corrects_event_id ?? null,
    correction_reason: event.correction_reason ?? null,
    corrected_by: correctedBy,
    origin: event.origin,
    /**
     * Who recorded the event: the producer itself ("seller", "epcis_capture"), the marketplace
     * administration ("admin"; `authority` when it recorded an authority's inspection in the
     * authority's name), or the demo data ("seed").
     */
    recorded_by: {
      type: event.origin ?? "admin",
      authority: event.origin === "admin" && isAuthorityRole(event.actor?.role),
      name: event.actor?.name ?? null,
    },
    content_hash: event.content_hash,
    previous_hash: event.previous_hash,
    recorded_at: iso(event.created_at),
  }
}

export function presentEvents(events: Row[]) {
  const corrections = new Map<string, string[]>()
  for (const event of events) {
    if (event.corrects_event_id)
      corrections.set(event.corrects_event_id, [...(corrections.get(event.corrects_event_id) ?? []), event.id])
  }
  return events.map((event) => presentEvent(event, corrections.get(event.id) ?? []))
}

/** The distinct places of a history, in order of first appearance, with the steps seen there. */
export function locationsOf(events: Row[]) {
  const places = new Map<string, TraceLocation & { steps: string[]; first_seen: string | null }>()
  for (const event of events) {
    for (const location of [event.biz_location, event.read_point] as (TraceLocation | null)[]) {
      if (!location) continue
      const key = location.gln ?? location.id ?? `${location.name ?? ""}|${location.address ?? ""}`
      const place = places.get(key) ?? { ...location, steps: [], first_seen: iso(event.event_time) }
      if (!place.steps.includes(event.biz_step)) place.steps.push(event.biz_step)
      places.set(key, place)
    }
  }
  return [...places.values()]
}
