import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerProductLink from "../links/seller-product"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { splitOrderWorkflow } from "../workflows/order/workflows/split-order"

/** How far back a placed order is checked for its seller parts. */
const LOOK_BACK_MS = 3 * 24 * 60 * 60 * 1000
const MAX_ORDERS = 500

/**
 * Every 10 minutes: an order the checkout accepted is split to its sellers even when the split on
 * `order.placed` did not run to its end (the process stopped, the database refused a write). Each
 * recent order holding sellers' products but without seller parts is split again; the split is
 * idempotent and writes all of an order's parts at once or none.
 */
export default async function splitMissedOrders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id"],
    filters: { created_at: { $gte: new Date(Date.now() - LOOK_BACK_MS) } },
    pagination: { take: MAX_ORDERS, order: { created_at: "DESC" } },
  })
  const recent = orders as { id: string; items?: { product_id?: string | null }[] }[]
  const productIds = [
    ...new Set(
      recent.flatMap((order) => (order.items ?? []).map((item) => item.product_id).filter((id): id is string => !!id)),
    ),
  ]
  if (!productIds.length) return { split: [] as string[] }
  const { data: links } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: productIds },
  })
  const sold = new Set((links as { product_id: string }[]).map((link) => link.product_id))
  const ids = recent
    .filter((order) => (order.items ?? []).some((item) => item.product_id && sold.has(item.product_id)))
    .map((order) => order.id)
  if (!ids.length) return { split: [] as string[] }
  const parts = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ order_id: ids }, { select: ["order_id"] })
  const done = new Set(parts.map((part) => part.order_id))
  const split: string[] = []
  for (const id of ids.filter((id) => !done.has(id))) {
    const { result } = await splitOrderWorkflow(container).run({ input: { order_id: id } })
    if (result.length) split.push(id)
  }
  if (split.length)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Marketplace: ${split.length} placed order(s) split to their sellers late: ${split.join(", ")}`)
  return { split }
}

export const config = {
  name: "marketplace-split-missed-orders",
  schedule: "*/10 * * * *",
}
