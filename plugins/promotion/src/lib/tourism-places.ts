import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TOURISM_MODULE, type TourismModuleService } from "../modules/tourism"
import { tourismRefusal } from "./tourism-errors"
import { bookedPersons, serviceProductIds } from "./tourism-slots"

type Container = Pick<MedusaContainer, "resolve">

/** A cart line as far as booking is concerned. */
export type BookingLine = {
  id?: string
  variant_id: string
  quantity: number
  metadata?: Record<string, unknown> | null
}

export type PlaceRequest = { line_id?: string; slot_id: string; quantity: number }

/** The slot a line asks for (line item metadata `tourism_slot_id`). */
export function slotIdOf(line: { metadata?: Record<string, unknown> | null }): string | null {
  const value = line.metadata?.tourism_slot_id
  return typeof value === "string" && value ? value : null
}

/**
 * The places the lines ask for: every line of a service product names a slot of its own variant;
 * a line of goods names none. Throws the first refusal (unknown slot, another variant's slot).
 */
export async function placeRequests(container: Container, lines: BookingLine[]): Promise<PlaceRequest[]> {
  if (!lines.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: [...new Set(lines.map((l) => l.variant_id))] },
  })
  const productOf = new Map((variants as { id: string; product_id: string }[]).map((v) => [v.id, v.product_id]))
  const services = await serviceProductIds(container, [...new Set(productOf.values())])
  const requests: PlaceRequest[] = []
  const slotIds = lines.map(slotIdOf).filter((id): id is string => Boolean(id))
  const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
  const slots = slotIds.length ? await tourism.listTourismSlots({ id: [...new Set(slotIds)] }, { take: null }) : []
  for (const line of lines) {
    const slotId = slotIdOf(line)
    const isService = services.has(productOf.get(line.variant_id) ?? "")
    if (!isService) {
      if (slotId) throw tourismRefusal("not_a_service", `variant ${line.variant_id} is not a bookable service`)
      continue
    }
    if (!slotId) throw tourismRefusal("slot_required", `variant ${line.variant_id} is booked for a dated slot`)
    const slot = slots.find((s) => s.id === slotId)
    if (!slot || slot.variant_id !== line.variant_id)
      throw tourismRefusal("slot_not_found", `slot ${slotId} is not a slot of variant ${line.variant_id}`)
    requests.push({ line_id: line.id, slot_id: slotId, quantity: Number(line.quantity) })
  }
  return requests
}

/**
 * Refuses requests that a slot cannot take now: closed, started, or fewer places left than asked
 * (all requests on one slot together). Callers that write bookings hold the slots' lock around it.
 */
export async function assertPlacesLeft(container: Container, requests: PlaceRequest[], now = new Date()) {
  if (!requests.length) return
  const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
  const ids = [...new Set(requests.map((r) => r.slot_id))]
  const slots = await tourism.listTourismSlots({ id: ids }, { take: null })
  const booked = await bookedPersons(container, ids)
  for (const id of ids) {
    const slot = slots.find((s) => s.id === id)
    if (!slot) throw tourismRefusal("slot_not_found", `slot ${id} not found`)
    if (slot.closed_at) throw tourismRefusal("slot_closed", `slot ${id} is closed to bookings`)
    if (new Date(slot.starts_at) <= now) throw tourismRefusal("slot_past", `slot ${id} has already started`)
    const asked = requests.filter((r) => r.slot_id === id).reduce((sum, r) => sum + r.quantity, 0)
    const left = slot.capacity - (booked.get(id) ?? 0)
    if (asked > left)
      throw tourismRefusal("slot_full", `slot ${id} has ${Math.max(0, left)} places left, ${asked} asked`)
  }
}

/** Lock keys of the slots: one checkout at a time counts and books each slot's places. */
export function slotLockKeys(requests: PlaceRequest[]): string[] {
  return [...new Set(requests.map((r) => `tourism-slot:${r.slot_id}`))].sort()
}
