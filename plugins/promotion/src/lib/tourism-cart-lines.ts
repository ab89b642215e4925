import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TOURISM_MODULE, type TourismModuleService } from "../modules/tourism"
import { assertPlacesLeft, placeRequests, slotIdOf, type BookingLine } from "./tourism-places"

/*
 * Medusa's add-to-cart `validate` hook already has its one handler (the wholesale minimum order),
 * so the tourism line checks run as middlewares before Medusa's own line-item routes. The places
 * are checked again, under the slot's lock, when the cart is completed.
 */

async function cartLines(req: MedusaRequest): Promise<BookingLine[]> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id", "items.quantity", "items.metadata"],
    filters: { id: req.params.id },
  })
  return ((data[0] as { items?: BookingLine[] } | undefined)?.items ?? []).filter((l) => l?.variant_id)
}

/** Writes each booked line's slot start on it (`metadata.tourism_starts_at`), as the backend knows it. */
async function stampSlotStarts(req: MedusaRequest, lines: BookingLine[]) {
  const ids = [...new Set(lines.map(slotIdOf).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return
  const slots = await req.scope
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismSlots({ id: ids }, { select: ["id", "starts_at"] })
  for (const line of lines) {
    const slot = slots.find((s) => s.id === slotIdOf(line))
    if (slot) line.metadata = { ...(line.metadata ?? {}), tourism_starts_at: new Date(slot.starts_at).toISOString() }
  }
}

/** POST /store/carts { items: [{ variant_id, quantity, metadata.tourism_slot_id }] }: a cart made with its lines. */
export async function checkTourismCartCreated(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const items = ((req.body as { items?: unknown } | undefined)?.items ?? []) as BookingLine[]
    if (!Array.isArray(items) || !items.length) return next()
    const lines = items.filter((item) => typeof item?.variant_id === "string")
    await assertPlacesLeft(
      req.scope,
      await placeRequests(
        req.scope,
        lines.map((l) => ({ ...l, quantity: Number(l.quantity ?? 1) })),
      ),
    )
    await stampSlotStarts(req, lines)
    const validated = (req as { validatedBody?: { items?: BookingLine[] } }).validatedBody
    if (validated?.items) await stampSlotStarts(req, validated.items)
    next()
  } catch (error) {
    next(error)
  }
}

/** POST /store/carts/:id/line-items { variant_id, quantity, metadata.tourism_slot_id }. */
export async function checkTourismLineAdded(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as Partial<BookingLine>
    if (typeof body.variant_id !== "string") return next()
    const line = { variant_id: body.variant_id, quantity: Number(body.quantity ?? 1), metadata: body.metadata ?? null }
    const requests = await placeRequests(req.scope, [line])
    if (!requests.length) return next()
    const slotId = requests[0].slot_id
    const others = (await cartLines(req))
      .filter((l) => slotIdOf(l) === slotId)
      .map((l) => ({ slot_id: slotId, quantity: Number(l.quantity) }))
    await assertPlacesLeft(req.scope, [...requests, ...others])
    // The line carries the slot's start as the backend knows it, for carts and orders to show.
    await stampSlotStarts(req, [line])
    ;(req.body as Record<string, unknown>).metadata = line.metadata
    const validated = (req as { validatedBody?: Record<string, unknown> }).validatedBody
    if (validated) validated.metadata = line.metadata
    next()
  } catch (error) {
    next(error)
  }
}

/** POST /store/carts/:id/line-items/:line_id { quantity }: more persons on a slot need places left. */
export async function checkTourismLineUpdated(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const quantity = Number((req.body as { quantity?: unknown } | undefined)?.quantity)
    const lines = await cartLines(req)
    const line = lines.find((l) => l.id === req.params.line_id)
    const slotId = line && slotIdOf(line)
    if (!line || !slotId || !Number.isFinite(quantity) || quantity <= 0) return next()
    const requests = lines
      .filter((l) => slotIdOf(l) === slotId)
      .map((l) => ({ slot_id: slotId, quantity: l.id === line.id ? quantity : Number(l.quantity) }))
    await assertPlacesLeft(req.scope, requests)
    next()
  } catch (error) {
    next(error)
  }
}
