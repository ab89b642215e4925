/**
 * Orders placed as a guest with the customer's e-mail: how many (nothing more until the e-mail is
 * proven), the request that sends a link to that address, and the link's acceptance (Medusa's
 * order transfer).
 */
import { authHeaders, errorStatus, sdk } from "./medusa.server"

export async function guestOrderCount(token: string) {
  try {
    const { count } = await sdk.client.fetch<{ count: number }>("/store/customers/me/guest-orders", {
      headers: authHeaders(token),
    })
    return count
  } catch {
    // The account page still shows without it.
    return 0
  }
}

export async function requestGuestOrderLinks(token: string) {
  await sdk.client.fetch("/store/customers/me/guest-orders", { method: "POST", headers: authHeaders(token) })
}

/** Accepts the transfer of one order: false when the link is wrong, used or expired. */
export async function acceptOrderTransfer(orderId: string, transferToken: string) {
  try {
    await sdk.client.fetch(`/store/orders/${encodeURIComponent(orderId)}/transfer/accept`, {
      method: "POST",
      body: { token: transferToken },
    })
    return true
  } catch (error) {
    const status = errorStatus(error)
    if (status && status >= 400 && status < 500) return false
    throw error
  }
}
