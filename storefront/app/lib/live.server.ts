import type { TradeEvent } from "@ocop/reference"
import type { LiveDiscount } from "./live"
import { sdk } from "./medusa.server"
import { sellerApi } from "./seller.server"

export type LivePin = {
  product_id: string
  rank: number
  discount: LiveDiscount | null
  title: string | null
  handle: string | null
  thumbnail: string | null
  /** The cooperative's own product (it may move, re-price or unpin only those). */
  own: boolean
}

export type LiveFigures = { orders: number; units: number; revenue: number }

export type SellerLiveSession = TradeEvent & { pins: LivePin[]; figures: LiveFigures }

/** The live sessions the cooperative runs, with its pins and its own sales from each. */
export function sellerLiveSessions(token: string) {
  return sellerApi<{ sessions: SellerLiveSession[] }>(token, "/sellers/me/live-sessions")
}

const base = (sessionId: string) => `/sellers/me/live-sessions/${encodeURIComponent(sessionId)}`

export function pinLiveProduct(
  token: string,
  sessionId: string,
  body: { product_id: string; discount: LiveDiscount | null },
) {
  return sellerApi(token, `${base(sessionId)}/pins`, { method: "POST", body })
}

export function unpinLiveProduct(token: string, sessionId: string, productId: string) {
  return sellerApi(token, `${base(sessionId)}/pins/${encodeURIComponent(productId)}`, { method: "DELETE" })
}

export function reorderLivePins(token: string, sessionId: string, productIds: string[]) {
  return sellerApi(token, `${base(sessionId)}/pin-order`, { method: "POST", body: { product_ids: productIds } })
}

/** A cart line's session price: the live session whose promotion prices it, and when it ends. */
export type LivePrice = { promotionId: string; productId: string; handle: string; title: string; endsAt: string }

/**
 * Which of a cart's promotions are live session prices (GET /store/ocop/live-prices). A cart still
 * shows without the labels if the backend cannot say.
 */
export async function livePrices(promotionIds: string[]): Promise<LivePrice[]> {
  if (!promotionIds.length) return []
  const { live_prices } = await sdk.client
    .fetch<{
      live_prices: {
        promotion_id: string
        product_id: string
        event: { handle: string; title: string; ends_at: string }
      }[]
    }>("/store/ocop/live-prices", { query: { promotion_id: promotionIds.slice(0, 100).join(",") } })
    .catch(() => ({ live_prices: [] }))
  return live_prices.map((price) => ({
    promotionId: price.promotion_id,
    productId: price.product_id,
    handle: price.event.handle,
    title: price.event.title,
    endsAt: price.event.ends_at,
  }))
}
