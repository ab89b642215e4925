import type { TradeEvent } from "@ocop/reference"
import type { LiveDiscount } from "./live"
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
