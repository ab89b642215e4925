/**
 * The notification centre's API (plugin-notifications) for the signed-in reader: a customer
 * (/store/ocop/notifications) or a seller member (/sellers/me/notifications), each with its own
 * token from the session. Nothing here is cached: it is private.
 */
import type { NotificationKind } from "@ocop/reference"
import { authHeaders, sdk } from "./medusa.server"

export type Reader = "customer" | "seller"

export interface FeedNotification {
  id: string
  kind: string
  data: Record<string, unknown>
  resource_type: string | null
  resource_id: string | null
  created_at: string
  read: boolean
}

export interface Feed {
  notifications: FeedNotification[]
  count: number
  offset: number
  limit: number
  unread: number
}

export interface Preference {
  kind: NotificationKind
  email: boolean
  default: boolean
}

export const FEED_PAGE = 20

const base = (reader: Reader) => (reader === "customer" ? "/store/ocop/notifications" : "/sellers/me/notifications")

export async function listFeed(reader: Reader, token: string, offset = 0): Promise<Feed> {
  return sdk.client.fetch<Feed>(base(reader), {
    query: { limit: FEED_PAGE, offset },
    headers: authHeaders(token),
  })
}

/** The header's count: one cheap call. */
export async function unreadCount(reader: Reader, token: string): Promise<number> {
  const { unread } = await sdk.client.fetch<{ unread: number }>(`${base(reader)}/unread`, {
    headers: authHeaders(token),
  })
  return unread
}

export async function markRead(reader: Reader, token: string, id: string) {
  await sdk.client.fetch(`${base(reader)}/${encodeURIComponent(id)}/read`, {
    method: "POST",
    body: {},
    headers: authHeaders(token),
  })
}

export async function markAllRead(reader: Reader, token: string) {
  await sdk.client.fetch(`${base(reader)}/read`, { method: "POST", body: {}, headers: authHeaders(token) })
}

export async function readPreferences(reader: Reader, token: string): Promise<Preference[]> {
  const { preferences } = await sdk.client.fetch<{ preferences: Preference[] }>(`${base(reader)}/preferences`, {
    headers: authHeaders(token),
  })
  return preferences
}

export async function savePreferences(reader: Reader, token: string, email: Record<string, boolean>) {
  await sdk.client.fetch(`${base(reader)}/preferences`, {
    method: "POST",
    body: { email },
    headers: authHeaders(token),
  })
}
