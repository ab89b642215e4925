import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { ReturnableItem } from "@ocop/reference"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"
import { OPEN_RETURN_STATUSES } from "../../modules/seller/models"

type Container = Pick<MedusaContainer, "resolve">
type Part = Record<string, any>

/** A line as the buyer may send it back (the API's shape), with what the buyer paid for it all. */
export interface ReturnableLine extends ReturnableItem {
  /** Whole VND the buyer paid for the line (discounts and tax included). */
  total: number
}

export interface PartReturnability {
  delivered_at: Date | null
  window_ends_at: Date | null
  /** Delivered and the window not yet over. */
  in_window: boolean
  /** The request in progress for this part, if any (one at a time). */
  open_return_id: string | null
  items: ReturnableLine[]
}

/** Requests whose lines count against what can still be returned: open ones and those refunded. */
const COUNTED = new Set<string>([...OPEN_RETURN_STATUSES, "refunded"])

/** What of each seller part can be returned now, for the parts of one order. */
export async function partsReturnability(
  container: Container,
  parts: Part[],
  now = new Date(),
): Promise<Map<string, PartReturnability>> {
  const result = new Map<string, PartReturnability>()
  if (!parts.length) return result
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // A top-level total makes the order module compute the items' totals too
    fields: ["id", "total", "items.id", "items.title", "items.variant_title", "items.quantity", "items.total"],
    filters: { id: [...new Set(parts.map((part) => part.order_id as string))] },
  })
  const items = new Map<string, any>((data as any[]).flatMap((order) => (order.items ?? []).map((i: any) => [i.id, i])))
  const requests = await service.listSellerReturns({ seller_order_id: parts.map((part) => part.id) })
  for (const part of parts) {
    const mine = requests.filter((r) => r.seller_order_id === part.id)
    const asked = new Map<string, number>()
    for (const request of mine.filter((r) => COUNTED.has(r.status))) {
      for (const line of request.lines as unknown as { item_id: string; quantity: number }[]) {
        asked.set(line.item_id, (asked.get(line.item_id) ?? 0) + line.quantity)
      }
    }
    const deliveredAt: Date | null =
      part.status === "delivered" && part.delivered_at ? new Date(part.delivered_at) : null
    const windowEnd = deliveredAt ? service.returnWindowEnd(deliveredAt) : null
    result.set(part.id, {
      delivered_at: deliveredAt,
      window_ends_at: windowEnd,
      in_window: !!windowEnd && now.getTime() <= windowEnd.getTime(),
      open_return_id: mine.find((r) => OPEN_RETURN_STATUSES.includes(r.status))?.id ?? null,
      items: (part.item_ids as string[])
        .map((id) => items.get(id))
        .filter(Boolean)
        .map((item) => {
          const quantity = MathBN.convert(item.quantity).toNumber()
          const returned = asked.get(item.id) ?? 0
          const total = Math.round(MathBN.convert(item.total ?? 0).toNumber())
          return {
            id: item.id,
            title: item.title,
            variant_title: item.variant_title ?? null,
            quantity,
            returned,
            returnable: Math.max(quantity - returned, 0),
            total,
            unit_amount: quantity ? Math.round(total / quantity) : 0,
          }
        }),
    })
  }
  return result
}
