import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerProductLink from "@ocop/plugin-marketplace/links/seller-product"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { tradeEventStatus } from "./trade-events"
import { TRADE_EVENT_MODULE, type LiveDiscountType, type TradeEventModuleService } from "../modules/trade-event"

type Container = Pick<MedusaContainer, "resolve">
type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: Record<string, any>[] }> }

/** The cart line's metadata key the storefront writes when a product is added from a session's page. */
export const LIVE_SESSION_LINE_KEY = "live_session_id"

/** The deepest session price: at most 90 % off (never free, never below zero). */
export const MAX_LIVE_PERCENT = 90

export interface LiveDiscount {
  type: LiveDiscountType
  /** Percent off (1–90), or whole VND off each unit. */
  value: number
}

export interface LivePinView {
  product_id: string
  rank: number
  seller_id: string | null
  discount: LiveDiscount | null
}

/** The Medusa campaign that holds a session's prices: its dates are the session's. */
export const liveCampaignIdentifier = (eventId: string) => `live-${eventId}`

/** The seller's OCOP subject: a cooperative runs the live sessions that name it among their producers. */
export async function sellerSubjectId(container: Container, sellerId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["id", "ocop_subject.id"],
    filters: { id: sellerId },
  })
  return (data[0] as any)?.ocop_subject?.id ?? null
}

/** The product's seller (a product has at most one), or null for the programme's own products. */
export async function productSellerId(container: Container, productId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: SellerProductLink.entryPoint,
    fields: ["seller_id"],
    filters: { product_id: productId },
  })
  return (data[0] as { seller_id: string } | undefined)?.seller_id ?? null
}

/**
 * A live session as its cooperative may act on it: 404 for an unknown event, one that is not a
 * live session, or one the seller does not run (another's session looks like a missing one).
 */
export async function liveSessionFor(container: Container, eventId: string, sellerId: string | null) {
  const [event] = await container
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ id: eventId, kind: "live" }, { take: 1 })
  if (!event) throw notFound(`live session ${eventId} not found`)
  if (sellerId) {
    const subject = await sellerSubjectId(container, sellerId)
    if (!subject || !(event.producer_ids as string[]).includes(subject))
      throw notFound(`live session ${eventId} not found`)
  }
  return event
}

/** A live session whose products may still change: one the seller runs (else 404) that has not ended (else 400). */
export async function changeableLiveSession(container: Container, eventId: string, sellerId: string | null) {
  const event = await liveSessionFor(container, eventId, sellerId)
  if (tradeEventStatus(event) === "ended")
    throw invalid("event_id", "session_ended", "the live session has ended: its products can no longer change")
  return event
}

/** The live sessions a cooperative runs (newest first), by the producers index. */
export async function sellerLiveSessionIds(container: Container, sellerId: string, limit = 100): Promise<string[]> {
  const subject = await sellerSubjectId(container, sellerId)
  if (!subject) return []
  const { rows } = await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT id FROM trade_event
     WHERE deleted_at IS NULL AND kind = 'live' AND producer_ids @> ARRAY[:subject]::text[]
     ORDER BY starts_at DESC, id LIMIT :limit`,
    { subject, limit },
  )
  return rows.map((row) => row.id as string)
}

/** A 400 unless the session price is a whole percentage of 1–90, or whole VND below 90 % of the lowest price. */
export function checkLiveDiscount(discount: LiveDiscount, lowestPrice: number | null) {
  if (!Number.isInteger(discount.value) || discount.value < 1)
    throw invalid("discount.value", "positive", "the session price must take a whole, positive amount off")
  if (discount.type === "percentage" && discount.value > MAX_LIVE_PERCENT)
    throw invalid("discount.value", "too_deep", `a session price takes at most ${MAX_LIVE_PERCENT}% off`)
  if (discount.type === "fixed") {
    if (lowestPrice == null)
      throw invalid("discount.value", "no_price", "the product has no price in VND to take an amount off")
    if (discount.value > Math.floor((lowestPrice * MAX_LIVE_PERCENT) / 100))
      throw invalid(
        "discount.value",
        "too_deep",
        `a session price takes at most ${MAX_LIVE_PERCENT}% off: at most ${Math.floor((lowestPrice * MAX_LIVE_PERCENT) / 100)} VND off this product`,
      )
  }
}

/** The lowest VND price among the product's variants (the fixed reduction must leave every variant above 10 %). */
export async function lowestVndPrice(container: Container, productId: string): Promise<number | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { id: productId },
  })
  const amounts = ((data[0] as any)?.variants ?? []).flatMap((variant: any) =>
    (variant.prices ?? []).filter((p: any) => p.currency_code === "vnd").map((p: any) => Number(p.amount)),
  )
  return amounts.length ? Math.min(...amounts) : null
}

export function presentPin(pin: Record<string, any>): LivePinView {
  return {
    product_id: pin.product_id,
    rank: pin.rank,
    seller_id: pin.seller_id ?? null,
    discount:
      pin.discount_type && pin.discount_value != null
        ? { type: pin.discount_type, value: Number(pin.discount_value) }
        : null,
  }
}

/** The pins of sessions, in each session's order. */
export async function livePins(container: Container, eventIds: string[]): Promise<Map<string, LivePinView[]>> {
  const byEvent = new Map<string, LivePinView[]>(eventIds.map((id) => [id, []]))
  if (!eventIds.length) return byEvent
  const pins = await container
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listLivePins({ event_id: eventIds }, { order: { rank: "ASC", created_at: "ASC" }, take: 100 * eventIds.length })
  for (const pin of pins) byEvent.get(pin.event_id)?.push(presentPin(pin))
  return byEvent
}

export interface LiveFigures {
  orders: number
  units: number
  /** VND the buyers pay for the session's lines, after the session price. */
  revenue: number
}

/**
 * Orders, units and revenue placed from sessions (one seller's share when `sellerId` is given):
 * one aggregate over the sessions' own sale rows (indexed by session), never a scan of all
 * orders. Cancelled orders do not count.
 */
export async function liveFigures(
  container: Container,
  eventIds: string[],
  sellerId?: string,
): Promise<Map<string, LiveFigures>> {
  const figures = new Map<string, LiveFigures>(eventIds.map((id) => [id, { orders: 0, units: 0, revenue: 0 }]))
  if (!eventIds.length) return figures
  const { rows } = await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT s.event_id, COUNT(DISTINCT s.order_id)::int AS orders, COALESCE(SUM(s.quantity), 0)::int AS units,
            COALESCE(SUM(s.amount), 0) AS revenue
     FROM live_sale s JOIN "order" o ON o.id = s.order_id
     WHERE s.deleted_at IS NULL AND s.event_id = ANY(:ids) ${sellerId ? "AND s.seller_id = :seller" : ""}
       AND o.deleted_at IS NULL AND o.status <> 'canceled'
     GROUP BY s.event_id`,
    { ids: eventIds, ...(sellerId ? { seller: sellerId } : {}) },
  )
  for (const row of rows)
    figures.set(row.event_id, { orders: Number(row.orders), units: Number(row.units), revenue: Number(row.revenue) })
  return figures
}

/**
 * A session as its cooperative or the office manages it: the pins with their products' titles and
 * thumbnails, and the figures (the seller's own share when `sellerId` is given).
 */
export async function liveSessionBoard(container: Container, eventIds: string[], sellerId?: string) {
  const [pins, figures] = await Promise.all([livePins(container, eventIds), liveFigures(container, eventIds, sellerId)])
  const productIds = [...new Set([...pins.values()].flat().map((pin) => pin.product_id))]
  const { data: products } = productIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "thumbnail", "handle"],
        filters: { id: productIds },
      })
    : { data: [] }
  const byId = new Map((products as any[]).map((p) => [p.id, p]))
  return new Map(
    eventIds.map((id) => [
      id,
      {
        pins: (pins.get(id) ?? []).map((pin) => ({
          ...pin,
          title: byId.get(pin.product_id)?.title ?? null,
          handle: byId.get(pin.product_id)?.handle ?? null,
          thumbnail: byId.get(pin.product_id)?.thumbnail ?? null,
          own: sellerId ? pin.seller_id === sellerId : true,
        })),
        figures: figures.get(id)!,
      },
    ]),
  )
}

/** How many live sessions the programme dashboard shows. */
const DASHBOARD_SESSIONS = 20

/** The latest live sessions that have begun (newest first), with the orders and revenue placed from each. */
export async function recentLiveSessions(container: Container, now = new Date()) {
  const events = await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).listTradeEvents(
    { kind: "live", starts_at: { $lte: now } },
    {
      select: ["id", "handle", "title", "starts_at", "ends_at"],
      order: { starts_at: "DESC", id: "ASC" },
      take: DASHBOARD_SESSIONS,
    },
  )
  const figures = await liveFigures(
    container,
    events.map((event) => event.id),
  )
  return events.map((event) => ({
    id: event.id,
    handle: event.handle,
    title: event.title,
    starts_at: new Date(event.starts_at).toISOString(),
    ends_at: new Date(event.ends_at).toISOString(),
    status: tradeEventStatus(event, now),
    ...figures.get(event.id)!,
  }))
}

/** A session price a cart line carries: its Medusa promotion, the product and the session it belongs to. */
export interface LivePriceView {
  promotion_id: string
  product_id: string
  event: { id: string; handle: string; title: string; starts_at: string; ends_at: string }
}

/**
 * Which of these Medusa promotions are session prices, and of which session: what a cart shows
 * beside a line priced by one ("live session price, until …"). Two statements; promotions that are
 * not a pin's are left out.
 */
export async function livePricesByPromotion(container: Container, promotionIds: string[]): Promise<LivePriceView[]> {
  if (!promotionIds.length) return []
  const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
  const pins = await service.listLivePins({ promotion_id: promotionIds }, { take: promotionIds.length })
  if (!pins.length) return []
  const events = await service.listTradeEvents(
    { id: [...new Set(pins.map((pin) => pin.event_id))], kind: "live" },
    { select: ["id", "handle", "title", "starts_at", "ends_at"] },
  )
  const byId = new Map(events.map((event) => [event.id, event]))
  return pins.flatMap((pin) => {
    const event = byId.get(pin.event_id)
    if (!event || !pin.promotion_id) return []
    return [
      {
        promotion_id: pin.promotion_id,
        product_id: pin.product_id,
        event: {
          id: event.id,
          handle: event.handle,
          title: event.title,
          starts_at: new Date(event.starts_at).toISOString(),
          ends_at: new Date(event.ends_at).toISOString(),
        },
      },
    ]
  })
}
