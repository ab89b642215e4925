import type { MedusaContainer } from "@medusajs/framework/types"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { currentProvinceFor, type TradeEvent, type TradeEventStatus } from "@ocop/reference"
import { TRADE_EVENT_MODULE, type TradeEventKind, type TradeEventModuleService } from "../modules/trade-event"

type Container = Pick<MedusaContainer, "resolve">

export interface TradeEventWindow {
  from?: Date
  to?: Date
  kind?: TradeEventKind
  province?: string
}

/** Upcoming before its start, live from start to end, ended after. */
export function tradeEventStatus(
  event: { starts_at: Date | string; ends_at: Date | string },
  now = new Date(),
): TradeEventStatus {
  if (now < new Date(event.starts_at)) return "upcoming"
  return now < new Date(event.ends_at) ? "live" : "ended"
}

export function presentTradeEvent(
  event: { starts_at: Date | string; ends_at: Date | string } & Record<string, any>,
  now = new Date(),
): TradeEvent {
  return {
    id: event.id,
    handle: event.handle,
    title: event.title,
    description: event.description ?? null,
    kind: event.kind,
    starts_at: new Date(event.starts_at).toISOString(),
    ends_at: new Date(event.ends_at).toISOString(),
    status: tradeEventStatus(event, now),
    place: event.place ?? null,
    stream_url: event.stream_url ?? null,
    province: event.province ?? null,
    producer_ids: event.producer_ids ?? [],
    product_ids: event.product_ids ?? [],
  }
}

/** A page of the events in a time window (by default those not yet ended), and how many there are in all. */
export async function listTradeEvents(
  container: Container,
  query: TradeEventWindow,
  page: { skip: number; take: number; order: Record<string, "ASC" | "DESC"> },
  now = new Date(),
): Promise<[TradeEvent[], number]> {
  const province = query.province ? (currentProvinceFor(query.province) ?? query.province) : undefined
  const [events, count] = await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).listAndCountTradeEvents(
    {
      ends_at: { $gt: query.from ?? now },
      ...(query.to ? { starts_at: { $lt: query.to } } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(province ? { province } : {}),
    },
    page,
  )
  return [events.map((event) => presentTradeEvent(event, now)), count]
}

/** The participating producers' names and provinces, in the event's order. */
export async function eventProducers(container: Container, producerIds: string[]) {
  if (!producerIds.length) return []
  const subjects: { id: string; legal_name: string; province: string }[] = await container
    .resolve<any>(CERTIFICATION_MODULE)
    .listOcopSubjects({ id: producerIds }, { select: ["id", "legal_name", "province"] })
  const byId = new Map(subjects.map((s) => [s.id, s]))
  return producerIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}
