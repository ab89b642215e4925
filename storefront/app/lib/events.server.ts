import type { TradeEvent } from "@ocop/reference"
import type { LiveDiscount } from "./live"
import { isNotFound, sdk } from "./medusa.server"

export type TradeEventDetail = TradeEvent & {
  producers: { id: string; legal_name: string; province: string }[]
  /** A live session's pinned products, in order, with their session price. */
  pins: { product_id: string; rank: number; discount: LiveDiscount | null }[]
  /** The stream's embeddable player (YouTube, Facebook videos), or null: then only the link. */
  stream_embed: { provider: "youtube" | "facebook"; embed_url: string } | null
}

/** Live and upcoming events, soonest first. */
export async function listUpcomingEvents(): Promise<TradeEvent[]> {
  const { events } = await sdk.client.fetch<{ events: TradeEvent[] }>("/store/ocop/events")
  return events
}

export async function getEvent(handle: string): Promise<TradeEventDetail | null> {
  try {
    const { event } = await sdk.client.fetch<{ event: TradeEventDetail }>(
      `/store/ocop/events/${encodeURIComponent(handle)}`,
    )
    return { ...event, pins: event.pins ?? [], stream_embed: event.stream_embed ?? null }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

const MONTH = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit" })

/** "2026-12": the month an event starts in, in Vietnam time (the calendar's grouping). */
export function vietnamMonth(instant: string): string {
  return MONTH.format(new Date(instant)).slice(0, 7)
}
