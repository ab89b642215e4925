import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import SellerProductLink from "@ocop/plugin-marketplace/links/seller-product"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../../../modules/trade-event"
import { LIVE_SESSION_LINE_KEY } from "../../../lib/live-sessions"

type OrderLine = {
  id: string
  product_id: string | null
  quantity?: BigNumberInput | null
  detail?: { quantity: BigNumberInput } | null
  total: BigNumberInput
  metadata: Record<string, unknown> | null
}

/**
 * The order's lines added from a live session's page become the session's sales, when the line's
 * product was pinned or featured on that live session and the order was placed after it began (a
 * line's metadata is the buyer's to write: it counts only where it could be true). Idempotent
 * per line; compensation deletes the rows written.
 */
export const recordLiveSalesStep = createStep(
  "ocop-record-live-sales",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      // A top-level total field makes the order module compute the items' totals (after the session price)
      fields: [
        "id",
        "created_at",
        "item_total",
        "items.id",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
        "items.total",
        "items.metadata",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; created_at: string | Date; items?: OrderLine[] } | undefined
    const lines = (order?.items ?? []).filter(
      (line) => line.product_id && typeof line.metadata?.[LIVE_SESSION_LINE_KEY] === "string",
    )
    if (!order || !lines.length) return new StepResponse([], [])

    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    const sessionIds = [...new Set(lines.map((line) => line.metadata![LIVE_SESSION_LINE_KEY] as string))]
    const [events, pins, recorded] = await Promise.all([
      service.listTradeEvents({ id: sessionIds, kind: "live" }, { take: sessionIds.length }),
      service.listLivePins({ event_id: sessionIds }, { select: ["event_id", "product_id"] }),
      service.listLiveSales({ line_item_id: lines.map((line) => line.id) }, { select: ["line_item_id"] }),
    ])
    const placedAt = new Date(order.created_at)
    const sold = new Set(recorded.map((row) => row.line_item_id))
    const begun = new Set(events.filter((event) => new Date(event.starts_at) <= placedAt).map((event) => event.id))
    const offered = new Set([
      ...pins.map((pin) => `${pin.event_id}:${pin.product_id}`),
      ...events.flatMap((event) => (event.product_ids as string[]).map((productId) => `${event.id}:${productId}`)),
    ])
    const rows = lines.filter((line) => {
      const session = line.metadata![LIVE_SESSION_LINE_KEY] as string
      return !sold.has(line.id) && begun.has(session) && offered.has(`${session}:${line.product_id}`)
    })
    if (!rows.length) return new StepResponse([], [])

    const { data: links } = await query.graph({
      entity: SellerProductLink.entryPoint,
      fields: ["seller_id", "product_id"],
      filters: { product_id: [...new Set(rows.map((line) => line.product_id!))] },
    })
    const sellerOf = new Map(
      (links as { seller_id: string; product_id: string }[]).map((l) => [l.product_id, l.seller_id]),
    )
    const created = await service.createLiveSales(
      rows.map((line) => ({
        event_id: line.metadata![LIVE_SESSION_LINE_KEY] as string,
        order_id: order.id,
        line_item_id: line.id,
        product_id: line.product_id!,
        seller_id: sellerOf.get(line.product_id!) ?? null,
        quantity: MathBN.convert(line.quantity ?? line.detail?.quantity ?? 0).toNumber(),
        // What the buyer pays for the line, VAT included, after the session price.
        amount: Math.round(MathBN.convert(line.total).toNumber()),
      })),
    )
    return new StepResponse(
      created,
      created.map((row) => row.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE).deleteLiveSales(ids)
  },
)
