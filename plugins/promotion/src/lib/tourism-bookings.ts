import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TourismBookingView } from "@ocop/reference"
import { TOURISM_MODULE, type TourismModuleService } from "../modules/tourism"
import { TOURISM_TIME_ZONE } from "./tourism-slots"

type Container = Pick<MedusaContainer, "resolve">

type BookingRow = {
  id: string
  cart_id: string
  order_id: string | null
  quantity: number
  status: "booked" | "cancelled"
  used_at: Date | string | null
  slot: { id: string; variant_id: string; starts_at: Date | string }
}

const englishName = (metadata: Record<string, unknown> | null | undefined) =>
  typeof metadata?.title_en === "string" && metadata.title_en.trim() ? metadata.title_en : null

/** Bookings with their slot, product and order, ready for a page. */
export async function presentBookings(container: Container, rows: BookingRow[]): Promise<TourismBookingView[]> {
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "variant",
      fields: ["id", "title", "metadata", "product.title", "product.metadata"],
      filters: { id: [...new Set(rows.map((r) => r.slot.variant_id))] },
    }),
    query.graph({
      entity: "order_cart",
      fields: ["cart_id", "order.id", "order.display_id", "order.email"],
      filters: { cart_id: [...new Set(rows.map((r) => r.cart_id))] },
    }),
  ])
  const variant = new Map((variants as any[]).map((v) => [v.id, v]))
  const order = new Map((orders as any[]).map((o) => [o.cart_id, o.order]))
  return rows.map((row) => {
    const o = order.get(row.cart_id)
    const v = variant.get(row.slot.variant_id)
    return {
      id: row.id,
      slot_id: row.slot.id,
      product_title: v?.product?.title ?? null,
      variant_title: v?.title ?? null,
      product_title_en: englishName(v?.product?.metadata),
      variant_title_en: englishName(v?.metadata),
      starts_at: new Date(row.slot.starts_at).toISOString(),
      time_zone: TOURISM_TIME_ZONE,
      quantity: Number(row.quantity),
      status: row.status,
      used_at: row.used_at ? new Date(row.used_at).toISOString() : null,
      order_id: o?.id ?? row.order_id,
      order_display_id: o?.display_id ?? null,
      order_email: o?.email ?? null,
    }
  })
}

/** The bookings of an order: those its cart made at completion (bound to the order just after). */
export async function orderBookings(container: Container, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { order_id: orderId },
  })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return []
  const rows = await container
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismBookings({ cart_id: cartId }, { relations: ["slot"], take: null, order: { created_at: "ASC" } })
  return presentBookings(container, rows as unknown as BookingRow[])
}

/** A slot's bookings (those whose cart became an order). */
export async function slotBookings(container: Container, slotId: string) {
  const rows = await container
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismBookings({ slot_id: slotId }, { relations: ["slot"], take: null, order: { created_at: "ASC" } })
  return (await presentBookings(container, rows as unknown as BookingRow[])).filter((b) => b.order_id)
}

export async function bookingById(container: Container, id: string) {
  const rows = await container
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismBookings({ id }, { relations: ["slot"] })
  return {
    row: rows[0] as unknown as (BookingRow & { slot: { seller_id: string } }) | undefined,
    views: await presentBookings(container, rows as unknown as BookingRow[]),
  }
}
