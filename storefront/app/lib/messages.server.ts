/**
 * Messages between buyers and cooperatives (the messages plugin's API) from the storefront's
 * server: the customer's threads (`/store/messages`) and the seller's (`/sellers/me/messages`).
 */
import { authHeaders, sdk } from "./medusa.server"

/** The longest message the backend takes (characters). */
export const MAX_MESSAGE_LENGTH = 2000

export type ThreadMessage = {
  id: string
  author: "customer" | "seller" | "admin"
  body: string
  masked: boolean
  created_at: string
}

type ThreadBase = {
  id: string
  status: "open" | "reported"
  reported: boolean
  unread: number
  last_message_at: string
  messages?: ThreadMessage[]
}

export type CustomerThread = ThreadBase & {
  seller: { id: string; legal_name: string | null }
  subject:
    | { kind: "product"; title: string; product_id: string; handle: string | null }
    | { kind: "order"; title: string; order_id: string; number: string }
}

export type SellerThread = ThreadBase & {
  customer: { name: string | null }
  subject:
    | { kind: "product"; title: string; product_id: string; handle: string | null }
    | { kind: "order"; title: string; seller_order_id: string; number: string }
}

type Init = { method?: "GET" | "POST"; body?: Record<string, unknown>; query?: Record<string, string | number> }

/** A call to the messages API as the signed-in customer or seller member (same JSON either way). */
export function messagesApi<T>(token: string, path: string, init: Init = {}): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: authHeaders(token),
  })
}

/**
 * A message as typed into a form, or the sentence that says what is wrong with it (checked here so
 * that a page answers without a round trip; the backend checks again).
 */
export function messageBody(
  value: FormDataEntryValue | null,
): { ok: true; body: string } | { ok: false; error: "messages.error.empty" | "messages.error.too_long" } {
  const body = String(value ?? "").trim()
  if (!body) return { ok: false, error: "messages.error.empty" }
  if (body.length > MAX_MESSAGE_LENGTH) return { ok: false, error: "messages.error.too_long" }
  return { ok: true, body }
}
