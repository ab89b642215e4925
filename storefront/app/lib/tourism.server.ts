/**
 * Community-tourism bookings (plugin-promotion's tourism module): the dated slots of a service, the
 * voucher of an order, and the cooperative's slots and check-in in the seller portal.
 */
import type { TourismBookingView, TourismSlotView } from "@ocop/reference"
import { authHeaders, sdk } from "./medusa.server"
import { sellerApi } from "./seller.server"

/** A slot as the store and portal routes answer it. */
export type TourismSlot = TourismSlotView

export type SellerTourismSlot = TourismSlot & { product_title: string | null; variant_title: string | null }

export type TourismBooking = TourismBookingView

export type Voucher = {
  order_id: string
  display_id: number
  email: string | null
  bookings: (TourismBooking & { code: string; qr_svg: string })[]
}

/** The coming slots of a service product, soonest first (full and closed ones with `open: false`). */
export async function productSlots(productId: string): Promise<TourismSlot[]> {
  const { slots } = await sdk.client.fetch<{ slots: TourismSlot[] }>(
    `/store/ocop/tourism/products/${encodeURIComponent(productId)}/slots`,
  )
  return slots
}

/** An order's vouchers, with the same access as the order (the buyer's token or the guest's secret). */
export async function orderVoucher(orderId: string, headers: Record<string, string>): Promise<Voucher | null> {
  try {
    const { voucher } = await sdk.client.fetch<{ voucher: Voucher }>(
      `/store/ocop/bookings/${encodeURIComponent(orderId)}/voucher`,
      { headers },
    )
    return voucher
  } catch {
    return null
  }
}

export function voucherAccess(token: string | null | undefined, accessToken: string | null) {
  return { ...authHeaders(token), ...(accessToken ? { "x-order-token": accessToken } : {}) }
}

export type SellerTourism = {
  services: { id: string; title: string; variants: { id: string; title: string }[] }[]
  slots: SellerTourismSlot[]
}

export function sellerTourism(token: string) {
  return sellerApi<SellerTourism>(token, "/sellers/me/tourism/slots")
}

export function sellerSlot(token: string, slotId: string) {
  return sellerApi<{ slot: TourismSlot; bookings: TourismBooking[] }>(
    token,
    `/sellers/me/tourism/slots/${encodeURIComponent(slotId)}`,
  )
}

export function openSlot(token: string, body: { variant_id: string; date: string; time: string; capacity: number }) {
  return sellerApi<{ slot: TourismSlot }>(token, "/sellers/me/tourism/slots", { method: "POST", body })
}

export function closeSlot(token: string, slotId: string) {
  return sellerApi<{ slot: TourismSlot }>(token, `/sellers/me/tourism/slots/${encodeURIComponent(slotId)}/close`, {
    method: "POST",
  })
}

export type CheckInResult =
  | { ok: true; booking: TourismBooking }
  | { ok: false; status: number; code: string | null; message: string; booking: TourismBooking | null }

/**
 * Checks a voucher in. The answer's body is read whatever its status: a voucher used before (409)
 * comes back with its booking, so the desk sees whose it is and when it was used.
 */
export async function checkIn(token: string, code: string): Promise<CheckInResult> {
  const response = await fetch(
    `${process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"}/sellers/me/tourism/check-ins`,
    {
      method: "POST",
      headers: { ...authHeaders(token), "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ code }),
    },
  )
  const body = (await response.json().catch(() => ({}))) as {
    booking?: TourismBooking
    code?: string
    message?: string
  }
  if (response.ok && body.booking) return { ok: true, booking: body.booking }
  return {
    ok: false,
    status: response.status,
    code: body.code ?? /tourism_slot \((\w+)\)/.exec(body.message ?? "")?.[1] ?? null,
    message: body.message ?? "",
    booking: body.booking ?? null,
  }
}
