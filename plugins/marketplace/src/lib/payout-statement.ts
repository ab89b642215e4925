import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { payoutLine, sumLines, vnMonthRange } from "./payout"

type Container = Pick<MedusaContainer, "resolve">

const VN_OFFSET_MS = 7 * 3600 * 1000

/** [from, to) for a month, or for days from..to inclusive, in Vietnam time; everything when unset. */
export function payoutRange(query: { period?: string; from?: string; to?: string }): { from?: Date; to?: Date } {
  if (query.period) return vnMonthRange(query.period)
  return {
    from: query.from ? new Date(Date.parse(`${query.from}T00:00:00Z`) - VN_OFFSET_MS) : undefined,
    to: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 24 * 3600 * 1000 - VN_OFFSET_MS) : undefined,
  }
}

/** The payout ledger of one seller over a range: a line per order part (cancelled parts fully refunded) and totals. */
export async function payoutStatement(container: Container, sellerId: string, range: { from?: Date; to?: Date }) {
  const placed: Record<string, Date> = {}
  if (range.from) placed.$gte = range.from
  if (range.to) placed.$lt = range.to
  const parts = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ seller_id: sellerId, ...(Object.keys(placed).length ? { placed_at: placed } : {}) } as any, {
      order: { placed_at: "ASC", id: "ASC" },
    })
  // The order number the seller and the buyer know (#1042), not the order's id.
  const { data: orders } = parts.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "display_id"],
        filters: { id: [...new Set(parts.map((part) => part.order_id))] },
      })
    : { data: [] as { id: string; display_id: number }[] }
  const displayIds = new Map(orders.map((order: { id: string; display_id: number }) => [order.id, order.display_id]))
  const lines = parts.map((part) => ({
    order_id: part.order_id,
    display_id: displayIds.get(part.order_id) ?? null,
    placed_at: part.placed_at,
    status: part.status,
    ...payoutLine(part as any),
  }))
  return { from: range.from ?? null, to: range.to ?? null, lines, totals: sumLines(lines) }
}
