import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TourismSlotView } from "@ocop/reference"
import { TOURISM_MODULE, type TourismModuleService } from "../modules/tourism"

type Container = Pick<MedusaContainer, "resolve">

/** Vietnam keeps UTC+7 all year (no daylight saving): a slot's local date and time at +07:00. */
export const TOURISM_TIME_ZONE = "Asia/Ho_Chi_Minh"

export function slotInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`)
}

type SlotRow = {
  id: string
  product_id: string
  variant_id: string
  starts_at: Date | string
  capacity: number
  closed_at: Date | string | null
}

/** Persons booked (not cancelled) per slot id. */
export async function bookedPersons(container: Container, slotIds: string[]): Promise<Map<string, number>> {
  const booked = new Map<string, number>()
  if (!slotIds.length) return booked
  const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
  const bookings = await tourism.listTourismBookings(
    { slot_id: slotIds, status: "booked" },
    { select: ["slot_id", "quantity"], take: null },
  )
  for (const b of bookings as unknown as { slot_id: string; quantity: number }[])
    booked.set(b.slot_id, (booked.get(b.slot_id) ?? 0) + Number(b.quantity))
  return booked
}

export async function presentSlots(
  container: Container,
  slots: SlotRow[],
  now = new Date(),
): Promise<TourismSlotView[]> {
  const booked = await bookedPersons(
    container,
    slots.map((s) => s.id),
  )
  return slots.map((slot) => {
    const taken = booked.get(slot.id) ?? 0
    const left = Math.max(0, slot.capacity - taken)
    const closed = Boolean(slot.closed_at)
    const startsAt = new Date(slot.starts_at)
    return {
      id: slot.id,
      product_id: slot.product_id,
      variant_id: slot.variant_id,
      starts_at: startsAt.toISOString(),
      time_zone: TOURISM_TIME_ZONE,
      capacity: slot.capacity,
      booked: taken,
      left,
      closed,
      open: !closed && startsAt > now && left > 0,
    }
  })
}

/** Whether a product is a service (community tourism, group 6): its metadata says so from its group. */
export async function serviceProductIds(container: Container, productIds: string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "metadata"],
    filters: { id: productIds },
  })
  return new Set(
    (data as { id: string; metadata?: Record<string, unknown> | null }[])
      .filter((p) => p.metadata?.is_service === true || p.metadata?.is_service === "true")
      .map((p) => p.id),
  )
}
