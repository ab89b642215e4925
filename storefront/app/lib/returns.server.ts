/**
 * Returns of a seller's delivered part, as the buyer reaches them: the signed-in customer's token,
 * or a guest's order token (the secret link's `?token=`, or remembered by the browser that placed
 * the order), exactly as the order page reads the order.
 */
import type { AppSession } from "./session.server"
import { authHeaders, sdk } from "./medusa.server"
import type { OrderReturns, ReturnRequest } from "@ocop/reference"

/** The headers that reach an order: the customer's token and/or the guest order's token. */
export function orderAccess(session: AppSession, orderId: string, url: URL) {
  const accessToken = url.searchParams.get("token") ?? session.get("orderTokens")?.[orderId] ?? null
  return {
    accessToken,
    headers: { ...authHeaders(session.get("token")), ...(accessToken ? { "x-order-token": accessToken } : {}) },
  }
}

const path = (orderId: string, rest = "") => `/store/ocop/orders/${encodeURIComponent(orderId)}/returns${rest}`

export function orderReturns(orderId: string, headers: Record<string, string>) {
  return sdk.client.fetch<OrderReturns>(path(orderId), { headers })
}

/** Sends a request with its photos as multipart (the files pass through unchanged). */
export function requestReturn(
  orderId: string,
  headers: Record<string, string>,
  body: {
    seller_order_id: string
    reason: string
    note: string
    lines: { item_id: string; quantity: number }[]
    refund_account: { bank: string; account_number: string; holder: string } | null
  },
  photos: File[],
) {
  const form = new FormData()
  form.append("seller_order_id", body.seller_order_id)
  form.append("reason", body.reason)
  if (body.note) form.append("note", body.note)
  form.append("lines", JSON.stringify(body.lines))
  if (body.refund_account) form.append("refund_account", JSON.stringify(body.refund_account))
  for (const photo of photos) form.append("files", photo, photo.name)
  // No content-type: fetch writes the multipart boundary itself.
  return sdk.client.fetch<{ return: ReturnRequest }>(path(orderId), {
    method: "POST",
    body: form,
    headers: { ...headers, "content-type": null } as any,
  })
}

export function escalateReturn(orderId: string, returnId: string, headers: Record<string, string>, note: string) {
  return sdk.client.fetch<{ return: ReturnRequest }>(path(orderId, `/${encodeURIComponent(returnId)}/escalate`), {
    method: "POST",
    body: { note },
    headers,
  })
}
