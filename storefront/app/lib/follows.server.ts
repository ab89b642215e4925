/**
 * Following producers, provinces and events (plugin-promotion's store API, with the customer's own
 * token from the session). What followers are told is in the notification centre
 * (notifications.server.ts).
 */
import { authHeaders, sdk } from "./medusa.server"
import type { AppSession } from "./session.server"

export type FollowTarget = "producer" | "province" | "event"
export type Follow = { id: string; target_type: FollowTarget; target_id: string; label: string; created_at: string }
export async function listFollows(token: string): Promise<Follow[]> {
  const { follows } = await sdk.client.fetch<{ follows: Follow[] }>("/store/ocop/follows", {
    headers: authHeaders(token),
  })
  return follows
}

export async function follow(token: string, target_type: FollowTarget, target_id: string) {
  await sdk.client.fetch("/store/ocop/follows", {
    method: "POST",
    body: { target_type, target_id },
    headers: authHeaders(token),
  })
}

export async function unfollow(token: string, followId: string) {
  await sdk.client.fetch(`/store/ocop/follows/${encodeURIComponent(followId)}`, {
    method: "DELETE",
    headers: authHeaders(token),
  })
}

/**
 * Whether the signed-in customer follows this target: null when nobody is signed in (the page can
 * then be cached publicly), else the follow's id or "" when not followed.
 */
export async function followState(
  session: AppSession,
  target_type: FollowTarget,
  target_id: string | null,
): Promise<string | null> {
  const token = session.get("token")
  if (!token || !target_id) return null
  const follows = await listFollows(token).catch(() => [])
  return follows.find((f) => f.target_type === target_type && f.target_id === target_id)?.id ?? ""
}
